-- The instruments shipped with the application. Domain names follow public descriptions of each
-- instrument (sources below). Where the scale of an instrument could not be verified it is modelled
-- conservatively as one FLAG per domain (1 = something was signalled in this domain) without a
-- total. No cut-offs and no risk levels: the risk level of a result is entered as the instrument or
-- the professional reported it. Version labels are the catalogue's own numbering ('1'), except for
-- R4U, whose revised list of 2021/2022 is its version 2.

INSERT INTO instrument (code, name, validated, description) VALUES
    ('MIND2CARE', 'Mind2Care', TRUE,
     'Online screen- en adviesinstrument voor zwangeren (Erasmus MC, Stichting Mind2Care) op psychiatrische '
     || 'problematiek, psychosociale problematiek, middelengebruik en laaggeletterdheid. De uitkomst '
     || '(geen bijzonderheden, alert of behandeladvies) wordt bij het resultaat vastgelegd zoals gerapporteerd.'),
    ('R4U', 'R4U (Ready for You)', TRUE,
     'Rotterdam Reproductive Risk Reduction: vragenlijst van het Erasmus MC voor verloskundig zorgverleners '
     || 'die (psycho)sociale en medische risicofactoren in de zwangerschap in kaart brengt.'),
    ('ALPHA-NL', 'ALPHA-NL', TRUE,
     'Antenatal Psychosocial Health Assessment, Nederlandse versie: gevalideerde zelfinvullijst voor zwangeren '
     || 'als basis voor het gesprek met de verloskundig zorgverlener over psychosociale omstandigheden.'),
    ('GIZ', 'GIZ-methodiek', FALSE,
     'Gezamenlijk Inschatten van Zorgbehoeften (GGD Hollands Midden, NCJ): gespreksmethodiek van onder meer '
     || 'de JGZ, erkend als goed onderbouwd. Geen gevalideerde signaleringslijst. De gezamenlijke inschatting '
     || '(Gezonde Ontwikkeling Matrix) wordt bij het resultaat vastgelegd zoals gerapporteerd.'),
    ('GM-SIGNALERING', 'Signaleringslijst Gelderland-Midden (voorbeeld)', FALSE,
     'Voorbeeld van een eigen, niet-gevalideerde lijst van een regio, naar de risicofactoren uit de definitie '
     || 'van kwetsbaarheid van het Erasmus MC. Alleen ter illustratie van een eigen regionale lijst.');

INSERT INTO instrument_version (instrument_id, label, has_total, total_min, total_max)
    SELECT id, '1', FALSE, NULL, NULL FROM instrument WHERE code IN ('MIND2CARE', 'ALPHA-NL', 'GIZ');

INSERT INTO instrument_version (instrument_id, label, has_total, total_min, total_max)
    SELECT id, '2', FALSE, NULL, NULL FROM instrument WHERE code = 'R4U';

-- The example shows a total: the number of risk factors ticked, as the list itself reports it.
INSERT INTO instrument_version (instrument_id, label, has_total, total_min, total_max)
    SELECT id, '1', TRUE, 0, 7 FROM instrument WHERE code = 'GM-SIGNALERING';

-- Mind2Care: the four areas it screens (Erasmus MC / LKPZ publications, NTvG 2022;166:D6320).
INSERT INTO instrument_domain (version_id, position, code, name, value_type)
    SELECT v.id, d.position, d.code, d.name, 'FLAG'
    FROM instrument_version v JOIN instrument i ON i.id = v.instrument_id
    CROSS JOIN (VALUES
        (1, 'PSYCHIATRIE', 'Psychiatrische problematiek'),
        (2, 'PSYCHOSOCIAAL', 'Psychosociale problematiek'),
        (3, 'MIDDELENGEBRUIK', 'Middelengebruik'),
        (4, 'LAAGGELETTERDHEID', 'Laaggeletterdheid')) AS d (position, code, name)
    WHERE i.code = 'MIND2CARE' AND v.label = '1';

-- R4U version 2: the eight domains of the revised list (Erasmus MC and Rotterdam, 2021/2022). The
-- first R4U was a weighted score card; the scale of the revised list could not be verified, hence flags.
INSERT INTO instrument_domain (version_id, position, code, name, value_type)
    SELECT v.id, d.position, d.code, d.name, 'FLAG'
    FROM instrument_version v JOIN instrument i ON i.id = v.instrument_id
    CROSS JOIN (VALUES
        (1, 'GEZINSSITUATIE', 'Gezinssituatie'),
        (2, 'WERK_INKOMEN', 'Werk en inkomen'),
        (3, 'COMMUNICATIE_OPLEIDING', 'Communicatie en opleiding'),
        (4, 'LEEFSTIJL', 'Leefstijl'),
        (5, 'VORIGE_ZWANGERSCHAPPEN', 'Vorige zwangerschap(pen)'),
        (6, 'HUIDIGE_ZWANGERSCHAP', 'Huidige zwangerschap'),
        (7, 'MENTAAL_WELZIJN', 'Mentaal welzijn'),
        (8, 'HECHTING_OUDERSCHAP', 'Hechting en ouderschap')) AS d (position, code, name)
    WHERE i.code = 'R4U' AND v.label = '2';

-- ALPHA-NL: the four categories of the original ALPHA form (Reid et al., CMAJ 1998: 15 risk factors in
-- four categories). The Dutch grouping and a sum score could not be verified, hence flags and no total.
INSERT INTO instrument_domain (version_id, position, code, name, value_type)
    SELECT v.id, d.position, d.code, d.name, 'FLAG'
    FROM instrument_version v JOIN instrument i ON i.id = v.instrument_id
    CROSS JOIN (VALUES
        (1, 'GEZINSFACTOREN', 'Gezinsfactoren'),
        (2, 'MOEDER', 'Factoren bij de moeder'),
        (3, 'MIDDELENGEBRUIK', 'Middelengebruik'),
        (4, 'HUISELIJK_GEWELD', 'Huiselijk geweld')) AS d (position, code, name)
    WHERE i.code = 'ALPHA-NL' AND v.label = '1';

-- GIZ: the three sides of the CAF triangle the conversation covers (NCJ, Kennisnet Geboortezorg). The
-- six factors per side are not listed separately because they could not be verified.
INSERT INTO instrument_domain (version_id, position, code, name, value_type)
    SELECT v.id, d.position, d.code, d.name, 'FLAG'
    FROM instrument_version v JOIN instrument i ON i.id = v.instrument_id
    CROSS JOIN (VALUES
        (1, 'ONTWIKKELING_KIND', 'Ontwikkeling van het kind'),
        (2, 'OPVOEDCAPACITEITEN', 'Opvoedcapaciteiten van de ouders'),
        (3, 'GEZIN_OMGEVING', 'Gezins- en omgevingsfactoren')) AS d (position, code, name)
    WHERE i.code = 'GIZ' AND v.label = '1';

-- The example: the risk factors of the Erasmus MC definition of vulnerability as flags, and one score
-- to show the SCORE type (0-10 is only the range of the question, not a threshold).
INSERT INTO instrument_domain (version_id, position, code, name, value_type)
    SELECT v.id, d.position, d.code, d.name, 'FLAG'
    FROM instrument_version v JOIN instrument i ON i.id = v.instrument_id
    CROSS JOIN (VALUES
        (1, 'FINANCIEN', 'Financiële problemen'),
        (2, 'ZORGMIJDING', 'Zorgmijding'),
        (3, 'LEEFSTIJL', 'Ongezonde leefstijl'),
        (4, 'OPVOEDVAARDIGHEDEN', 'Onvoldoende opvoedvaardigheden'),
        (5, 'PSYCHOSOCIAAL', 'Psychosociale problemen'),
        (6, 'MEDISCH', 'Medische problemen'),
        (7, 'LVB', 'Licht verstandelijke beperking')) AS d (position, code, name)
    WHERE i.code = 'GM-SIGNALERING' AND v.label = '1';

INSERT INTO instrument_domain (version_id, position, code, name, value_type, score_min, score_max)
    SELECT v.id, 8, 'ERVAREN_STRESS', 'Ervaren stress (0-10, door de cliënt)', 'SCORE', 0, 10
    FROM instrument_version v JOIN instrument i ON i.id = v.instrument_id
    WHERE i.code = 'GM-SIGNALERING' AND v.label = '1';
