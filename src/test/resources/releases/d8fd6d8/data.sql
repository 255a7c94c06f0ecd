-- Rows of release d8fd6d8: an ended region membership, a
-- referral of the first release's case to the demo offer that has started, its anonymous start
-- fact, an imported figure of an earlier year, and a published report edition with its commentary
-- and one frozen cell.
INSERT INTO region_municipality (region_id, municipality_id, valid_from, valid_until)
    SELECT r.id, m.id, DATE '2020-01-01', DATE '2023-01-01' FROM region r, municipality m
    WHERE r.code = 'GELDERSE-VALLEI' AND m.code = 'GM0202';
INSERT INTO referral (id, version, case_number, agenda_item_id, offer_id, offer_name, offer_kind, local_team,
        referrer_user_id, referrer_name, status, advised_on, referred_on, started_on, recorded_by, recorded_at,
        last_changed_by)
    SELECT 9901, 2, 'R1-0001', 9001, id, name, kind, local_team, 9001, 'Vera Release', 'STARTED',
        DATE '2026-11-21', DATE '2026-11-22', DATE '2026-12-01', 'Victor Release',
        TIMESTAMP WITH TIME ZONE '2026-11-21 10:15:00+01', 'Vera Release'
    FROM offer_service WHERE code = 'STEVIG-OUDERSCHAP';
INSERT INTO referral_start_fact (id, period_date, municipality_code, case_type, offer_kind, birth_phase, days_waited,
        first_of_kind, first_local_team, recorded_on)
    VALUES (9901, DATE '2026-12-01', 'GM0202', 'PREGNANCY', 'STEVIG_OUDERSCHAP', 'BEFORE_BIRTH', 11, TRUE, FALSE,
        DATE '2026-12-01');
INSERT INTO imported_figure (id, indicator, area_code, period_year, measure, figure_value, source, imported_by,
        imported_at)
    VALUES (9901, '7', 'GELDERLAND-MIDDEN', 2021, 'PREGNANCY/POP', 41.0, 'Rapportage Kansrijke Start 2022', 'Cora Release',
        TIMESTAMP WITH TIME ZONE '2026-12-07 09:00:00+01');
INSERT INTO report_edition (id, version, area_code, area_name, area_is_region, from_year, to_year, edition_number,
        status, created_by, created_at, published_by, published_at)
    VALUES (9901, 1, 'GELDERLAND-MIDDEN', 'Gelderland-Midden', TRUE, 2021, 2026, 1, 'PUBLISHED', 'Cora Release',
        TIMESTAMP WITH TIME ZONE '2026-12-07 09:05:00+01', 'Cora Release',
        TIMESTAMP WITH TIME ZONE '2026-12-07 09:30:00+01');
INSERT INTO report_commentary (edition_id, indicator, commentary)
    VALUES (9901, '7', 'Meer zwangeren besproken in het POP-overleg dan in 2021.');
INSERT INTO report_cell (edition_id, indicator, row_position, row_key, row_label, period_year, shown, figure_value,
        suppressed, source)
    VALUES (9901, '7', 0, 'PREGNANCY/POP', 'Aantal zwangeren in het POP-overleg', 2021, '41', 41.0, FALSE,
        'Rapportage Kansrijke Start 2022');
