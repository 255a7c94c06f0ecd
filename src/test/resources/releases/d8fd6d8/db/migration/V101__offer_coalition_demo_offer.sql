-- The local offer of the 15 municipalities of Gelderland-Midden as demo data: the interventions are
-- real programmes, but providers' contacts (phone numbers, websites, addresses) are invented and the
-- rows are marked demo, so an administrator replaces them with the region's own sociale kaart.
INSERT INTO offer_service (code, name, kind, provider, phase, local_team, description, phone, website, address, demo)
VALUES
    ('JGZ-PRENATAAL', 'Prenataal huisbezoek JGZ', 'PRENATAL_HOME_VISIT', 'JGZ Gelderland-Midden', 'PREGNANCY', FALSE,
     'Een jeugdverpleegkundige komt tijdens de zwangerschap bij u thuis. U praat over hoe het gaat en wat u nodig hebt voor uw baby.',
     '088 355 0101', 'https://jgz.voorbeeld.nl/zwanger', 'Voorbeeldstraat 1, 6800 AA Arnhem', TRUE),
    ('STEVIG-OUDERSCHAP', 'Stevig Ouderschap', 'STEVIG_OUDERSCHAP', 'JGZ Gelderland-Midden', 'BOTH', FALSE,
     'Een vaste verpleegkundige bezoekt u thuis, in de zwangerschap of na de geboorte. Zij helpt u als ouder sterker te worden.',
     '088 355 0102', 'https://jgz.voorbeeld.nl/stevig-ouderschap', 'Voorbeeldstraat 1, 6800 AA Arnhem', TRUE),
    ('VOORZORG', 'VoorZorg', 'VOORZORG', 'JGZ Gelderland-Midden', 'BOTH', FALSE,
     'Een verpleegkundige bezoekt jonge moeders thuis, vanaf de zwangerschap tot uw kind twee jaar is.',
     '088 355 0103', 'https://jgz.voorbeeld.nl/voorzorg', 'Voorbeeldstraat 1, 6800 AA Arnhem', TRUE),
    ('NU-NIET-ZWANGER', 'Nu Niet Zwanger', 'NU_NIET_ZWANGER', 'GGD Gelderland-Midden', 'AFTER_BIRTH', FALSE,
     'U praat met een vaste hulpverlener over of en wanneer u (weer) zwanger wilt worden, en over anticonceptie.',
     '088 355 0104', 'https://ggd.voorbeeld.nl/nu-niet-zwanger', 'Voorbeeldplein 2, 6800 AB Arnhem', TRUE),
    ('CENTERING-ARNHEM', 'CenteringPregnancy Arnhem', 'CENTERING_PREGNANCY', 'Verloskundigen Arnhem (voorbeeld)', 'PREGNANCY', FALSE,
     'Uw zwangerschapscontroles in een groep met andere zwangeren, bij uw eigen verloskundige.',
     '026 000 1101', 'https://verloskundigen-arnhem.voorbeeld.nl', 'Voorbeeldweg 10, 6811 AA Arnhem', TRUE),
    ('CENTERING-VALLEI', 'CenteringPregnancy Ede-Wageningen', 'CENTERING_PREGNANCY', 'Verloskundigen De Vallei (voorbeeld)', 'PREGNANCY', FALSE,
     'Uw zwangerschapscontroles in een groep met andere zwangeren, bij uw eigen verloskundige.',
     '0318 000 101', 'https://verloskundigen-vallei.voorbeeld.nl', 'Voorbeeldlaan 5, 6711 AA Ede', TRUE),
    ('POP-POLI-RIJNSTATE', 'POP-poli Arnhem', 'MENTAL_HEALTH', 'Ziekenhuis Arnhem (voorbeeld)', 'BOTH', FALSE,
     'Hulp bij psychische klachten in de zwangerschap en na de bevalling. Uw verloskundige of huisarts verwijst u.',
     '026 000 2201', 'https://ziekenhuis-arnhem.voorbeeld.nl/pop-poli', 'Ziekenhuisweg 1, 6815 AA Arnhem', TRUE),
    ('POP-POLI-VALLEI', 'POP-poli Ede', 'MENTAL_HEALTH', 'Ziekenhuis Gelderse Vallei (voorbeeld)', 'BOTH', FALSE,
     'Hulp bij psychische klachten in de zwangerschap en na de bevalling. Uw verloskundige of huisarts verwijst u.',
     '0318 000 201', 'https://ziekenhuis-vallei.voorbeeld.nl/pop-poli', 'Ziekenhuislaan 1, 6716 AA Ede', TRUE),
    ('VEILIG-THUIS', 'Veilig Thuis Gelderland-Midden', 'VEILIG_THUIS', 'Veilig Thuis Gelderland-Midden', 'BOTH', FALSE,
     'Advies en hulp bij huiselijk geweld en kindermishandeling. Dag en nacht bereikbaar, ook als u twijfelt.',
     '0800 2000', 'https://veiligthuis.voorbeeld.nl', NULL, TRUE),
    ('KRAAMZORG', 'Kraamzorg', 'MATERNITY_CARE', 'Kraamzorg Midden-Gelderland (voorbeeld)', 'AFTER_BIRTH', FALSE,
     'Een kraamverzorgende helpt u de eerste dagen na de bevalling thuis. Meld u aan rond de vierde maand van de zwangerschap.',
     '026 000 3301', 'https://kraamzorg.voorbeeld.nl', 'Kraamweg 3, 6822 AA Arnhem', TRUE);

-- Per municipality its own social team or CJG (the local team of indicator 12), debt counselling and
-- parent group, with invented contacts.
INSERT INTO offer_service (code, name, kind, provider, phase, local_team, description, phone, website, address, demo)
    SELECT 'SOCIAAL-TEAM-' || code, 'Sociaal team / CJG ' || name, 'SOCIAL_TEAM_SUPPORT', 'Gemeente ' || name,
           'BOTH', TRUE,
           'Het sociaal team helpt bij vragen over geld, wonen, opvoeden en hoe het met u gaat. Bellen of langskomen mag altijd.',
           '14 0' || SUBSTRING(code, 3, 4), 'https://www.' || LOWER(name) || '.voorbeeld.nl/sociaal-team',
           'Gemeentehuis ' || name, TRUE
    FROM municipality WHERE code IN ('GM0202', 'GM0203', 'GM0221', 'GM0226', 'GM0228', 'GM0267', 'GM0274',
        'GM0275', 'GM0277', 'GM0279', 'GM0289', 'GM0293', 'GM0299', 'GM1705', 'GM1734');

INSERT INTO offer_service (code, name, kind, provider, phase, local_team, description, phone, website, address, demo)
    SELECT 'SCHULDHULP-' || code, 'Schuldhulpverlening ' || name, 'DEBT_COUNSELLING', 'Gemeente ' || name,
           'BOTH', TRUE,
           'Hebt u schulden of geldzorgen? Een schuldhulpverlener zoekt samen met u naar een oplossing. Het is gratis.',
           '14 0' || SUBSTRING(code, 3, 4), 'https://www.' || LOWER(name) || '.voorbeeld.nl/geldzorgen',
           'Gemeentehuis ' || name, TRUE
    FROM municipality WHERE code IN ('GM0202', 'GM0203', 'GM0221', 'GM0226', 'GM0228', 'GM0267', 'GM0274',
        'GM0275', 'GM0277', 'GM0279', 'GM0289', 'GM0293', 'GM0299', 'GM1705', 'GM1734');

INSERT INTO offer_service (code, name, kind, provider, phase, local_team, description, phone, website, address, demo)
    SELECT 'OUDERGROEP-' || code, 'Oudergroep ' || name, 'PARENT_GROUP', 'CJG ' || name,
           'BOTH', TRUE,
           'Samen met andere (aanstaande) ouders praten over zwanger zijn en opvoeden. Elke week, gratis, koffie staat klaar.',
           '14 0' || SUBSTRING(code, 3, 4), 'https://www.' || LOWER(name) || '.voorbeeld.nl/oudergroep',
           'Buurthuis ' || name, TRUE
    FROM municipality WHERE code IN ('GM0202', 'GM0203', 'GM0221', 'GM0226', 'GM0228', 'GM0267', 'GM0274',
        'GM0275', 'GM0277', 'GM0279', 'GM0289', 'GM0293', 'GM0299', 'GM1705', 'GM1734');

-- Regional services in every municipality of the coalition since 2024.
INSERT INTO offer_availability (service_id, municipality_code, available_from)
    SELECT s.id, m.code, DATE '2024-01-01' FROM offer_service s, municipality m
    WHERE s.code IN ('JGZ-PRENATAAL', 'STEVIG-OUDERSCHAP', 'VOORZORG', 'NU-NIET-ZWANGER', 'VEILIG-THUIS', 'KRAAMZORG')
      AND m.code IN ('GM0202', 'GM0203', 'GM0221', 'GM0226', 'GM0228', 'GM0267', 'GM0274', 'GM0275', 'GM0277',
        'GM0279', 'GM0289', 'GM0293', 'GM0299', 'GM1705', 'GM1734');

-- Local services only in their own municipality.
INSERT INTO offer_availability (service_id, municipality_code, available_from)
    SELECT s.id, m.code, DATE '2024-01-01' FROM offer_service s, municipality m
    WHERE s.code IN ('SOCIAAL-TEAM-' || m.code, 'SCHULDHULP-' || m.code, 'OUDERGROEP-' || m.code);

-- CenteringPregnancy and the POP-polis serve the towns around them; CenteringPregnancy in Zevenaar
-- stopped in mid-2025.
INSERT INTO offer_availability (service_id, municipality_code, available_from, available_until)
    SELECT s.id, m.code, DATE '2024-01-01',
           CASE WHEN s.code = 'CENTERING-ARNHEM' AND m.code = 'GM0299' THEN DATE '2025-06-30' END
    FROM offer_service s, municipality m
    WHERE (s.code = 'CENTERING-ARNHEM' AND m.code IN ('GM0202', 'GM0274', 'GM0275', 'GM0277', 'GM0293', 'GM0299',
              'GM1705', 'GM1734', 'GM0226', 'GM0221'))
       OR (s.code = 'CENTERING-VALLEI' AND m.code IN ('GM0228', 'GM0289', 'GM0203', 'GM0267', 'GM0279'))
       OR (s.code = 'POP-POLI-RIJNSTATE' AND m.code IN ('GM0202', 'GM0274', 'GM0275', 'GM0277', 'GM0293', 'GM0299',
              'GM1705', 'GM1734', 'GM0226', 'GM0221'))
       OR (s.code = 'POP-POLI-VALLEI' AND m.code IN ('GM0228', 'GM0289', 'GM0203', 'GM0267', 'GM0279'));

-- The Erasmus MC risk factors each kind of service addresses (suggestions for the meeting only).
INSERT INTO offer_service_factor (service_id, factor)
    SELECT s.id, f.factor FROM offer_service s, (
        SELECT 'PRENATAL_HOME_VISIT' AS kind, 'PSYCHOSOCIAL_PROBLEMS' AS factor
        UNION ALL SELECT 'PRENATAL_HOME_VISIT', 'INSUFFICIENT_PARENTING_SKILLS'
        UNION ALL SELECT 'PRENATAL_HOME_VISIT', 'AVOIDING_CARE'
        UNION ALL SELECT 'PRENATAL_HOME_VISIT', 'UNHEALTHY_LIFESTYLE'
        UNION ALL SELECT 'STEVIG_OUDERSCHAP', 'INSUFFICIENT_PARENTING_SKILLS'
        UNION ALL SELECT 'STEVIG_OUDERSCHAP', 'PSYCHOSOCIAL_PROBLEMS'
        UNION ALL SELECT 'VOORZORG', 'INSUFFICIENT_PARENTING_SKILLS'
        UNION ALL SELECT 'VOORZORG', 'PSYCHOSOCIAL_PROBLEMS'
        UNION ALL SELECT 'VOORZORG', 'UNHEALTHY_LIFESTYLE'
        UNION ALL SELECT 'VOORZORG', 'MILD_INTELLECTUAL_DISABILITY'
        UNION ALL SELECT 'NU_NIET_ZWANGER', 'MILD_INTELLECTUAL_DISABILITY'
        UNION ALL SELECT 'NU_NIET_ZWANGER', 'PSYCHOSOCIAL_PROBLEMS'
        UNION ALL SELECT 'NU_NIET_ZWANGER', 'ADDICTION'
        UNION ALL SELECT 'CENTERING_PREGNANCY', 'UNHEALTHY_LIFESTYLE'
        UNION ALL SELECT 'CENTERING_PREGNANCY', 'AVOIDING_CARE'
        UNION ALL SELECT 'PARENT_GROUP', 'PSYCHOSOCIAL_PROBLEMS'
        UNION ALL SELECT 'PARENT_GROUP', 'INSUFFICIENT_PARENTING_SKILLS'
        UNION ALL SELECT 'DEBT_COUNSELLING', 'FINANCIAL_PROBLEMS'
        UNION ALL SELECT 'MENTAL_HEALTH', 'PSYCHOSOCIAL_PROBLEMS'
        UNION ALL SELECT 'MENTAL_HEALTH', 'ACUTE_PSYCHIATRIC_PROBLEMS'
        UNION ALL SELECT 'MENTAL_HEALTH', 'ADDICTION'
        UNION ALL SELECT 'VEILIG_THUIS', 'DOMESTIC_VIOLENCE'
        UNION ALL SELECT 'MATERNITY_CARE', 'INSUFFICIENT_PARENTING_SKILLS'
        UNION ALL SELECT 'MATERNITY_CARE', 'MEDICAL_PROBLEMS'
        UNION ALL SELECT 'SOCIAL_TEAM_SUPPORT', 'FINANCIAL_PROBLEMS'
        UNION ALL SELECT 'SOCIAL_TEAM_SUPPORT', 'PSYCHOSOCIAL_PROBLEMS'
        UNION ALL SELECT 'SOCIAL_TEAM_SUPPORT', 'INSUFFICIENT_PARENTING_SKILLS'
        UNION ALL SELECT 'SOCIAL_TEAM_SUPPORT', 'HOMELESSNESS'
    ) f WHERE s.kind = f.kind;
