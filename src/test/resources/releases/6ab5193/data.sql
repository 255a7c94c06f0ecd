-- Representative data as the first release (6ab5193) stored it: an organisation, a professional and
-- a chair, a named case with consent, care team, contact, event, assessment and network, a closed
-- meeting that discussed it with an outcome, an action, attendance and a shared note, the case's
-- counting token and its counting event with a region row, and access-log entries. Ids from 9001
-- so that they never meet rows of the migrations' own reference data.
INSERT INTO organisation (id, name) VALUES (9001, 'Verloskundigenpraktijk Release 1');

INSERT INTO user_account (id, username, display_name, password_hash, discipline, organisation_id, enabled, locked,
        failed_logins, preferred_locale, created_at, last_login_at)
    VALUES (9001, 'r1-verloskundige', 'Vera Release', '{bcrypt}$2a$10$abcdefghijklmnopqrstuu0123456789abcdefghijklmnopqrstu',
        'MIDWIFE', 9001, TRUE, FALSE, 1, 'nl', TIMESTAMP WITH TIME ZONE '2026-11-22 09:00:00+01',
        TIMESTAMP WITH TIME ZONE '2026-11-22 10:00:00+01');
INSERT INTO user_account (id, username, display_name, discipline, organisation_id, created_at)
    VALUES (9002, 'r1-voorzitter', 'Victor Release', 'JGZ', 9001, TIMESTAMP WITH TIME ZONE '2026-11-22 09:00:00+01');
INSERT INTO user_role (user_id, role) VALUES (9001, 'PROFESSIONAL'), (9002, 'PROFESSIONAL'), (9002, 'CHAIR');
INSERT INTO user_municipality_scope (user_id, municipality_code) VALUES (9002, 'GM0202');

INSERT INTO case_file (id, case_number, type, anonymous, initials, parent_birth_year, expected_due_date,
        municipality_code, postcode_area, question, status, urgent, created_at, created_by, last_changed_at,
        last_changed_by)
    VALUES (9001, 'R1-0001', 'PREGNANCY', FALSE, 'R.E.', 1999, DATE '2027-03-01', 'GM0202', '6821',
        'Zwangere met schulden; wie neemt de regie?', 'DISCUSSED', TRUE,
        TIMESTAMP WITH TIME ZONE '2026-11-22 09:10:00+01', 9001, TIMESTAMP WITH TIME ZONE '2026-11-22 11:00:00+01',
        'r1-voorzitter');
INSERT INTO case_factor (case_id, factor) VALUES (9001, 'FINANCIAL_PROBLEMS');
INSERT INTO case_consent (id, case_id, legal_basis, given_on, form, given_by, discuss_in_meeting, parents_attend,
        contact_other_professionals, valid_until, recorded_by, recorded_at)
    VALUES (9001, 9001, 'CONSENT', DATE '2026-11-22', 'VERBAL', 'CLIENT', TRUE, TRUE, TRUE, DATE '2027-11-22',
        'r1-verloskundige', TIMESTAMP WITH TIME ZONE '2026-11-22 09:11:00+01');
INSERT INTO case_consent_discipline (consent_id, discipline) VALUES (9001, 'JGZ'), (9001, 'SOCIAL_TEAM');
INSERT INTO case_care_team (id, case_id, user_id, name, discipline, organisation, added_at)
    VALUES (9001, 9001, 9001, 'Vera Release', 'MIDWIFE', 'Verloskundigenpraktijk Release 1',
        TIMESTAMP WITH TIME ZONE '2026-11-22 09:10:00+01');
INSERT INTO case_contact (id, case_id, role, user_id, name, discipline, from_time)
    VALUES (9001, 9001, 'CONTACT_PERSON', 9001, 'Vera Release', 'MIDWIFE',
        TIMESTAMP WITH TIME ZONE '2026-11-22 09:10:00+01');
INSERT INTO case_event (id, case_id, occurred_at, actor, message_key, arguments)
    VALUES (9001, 9001, TIMESTAMP WITH TIME ZONE '2026-11-22 09:10:00+01', 'r1-verloskundige', 'case.event.registered',
        NULL);
INSERT INTO case_assessment (id, case_id, instrument_version_id, instrument_code, instrument_name, version_label,
        instrument_validated, administered_on, respondent, administered_by, total, reported_risk_level,
        discussed_with_client, recorded_at, recorded_by)
    SELECT 9001, 9001, v.id, i.code, i.name, v.label, i.validated, DATE '2026-11-21', 'CLIENT', 'Vera Release', NULL,
        'INCREASED', TRUE, TIMESTAMP WITH TIME ZONE '2026-11-22 09:12:00+01', 'r1-verloskundige'
    FROM instrument i JOIN instrument_version v ON v.instrument_id = i.id
    WHERE i.code = 'R4U' AND v.id = (SELECT MIN(v2.id) FROM instrument_version v2 WHERE v2.instrument_id = i.id);
INSERT INTO case_network_member (id, case_id, kind, initials, relation, added_at, added_by)
    VALUES (9001, 9001, 'INFORMAL', 'P.A.', 'PARTNER', TIMESTAMP WITH TIME ZONE '2026-11-22 09:13:00+01',
        'r1-verloskundige');
UPDATE case_file SET trusted_member_id = 9001 WHERE id = 9001;
INSERT INTO case_counting_token (case_id, counting_year, token)
    VALUES (9001, 2026, 'a1e0c0de-0000-4000-8000-000000009001');

INSERT INTO meeting (id, type, starts_at, duration_minutes, place, municipality_code, chair_user_id, chair_name,
        status, created_at, created_by, updated_at, updated_by)
    VALUES (9001, 'MDO_VULNERABLE_PREGNANCY', TIMESTAMP WITH TIME ZONE '2026-11-22 10:00:00+01', 60,
        'Stadskantoor Arnhem', 'GM0202', 9002, 'Victor Release', 'CLOSED',
        TIMESTAMP WITH TIME ZONE '2026-11-20 09:00:00+01', 'r1-voorzitter',
        TIMESTAMP WITH TIME ZONE '2026-11-22 11:00:00+01', 'r1-voorzitter');
INSERT INTO meeting_participant (meeting_id, user_id, name, discipline, present)
    VALUES (9001, 9001, 'Vera Release', 'MIDWIFE', TRUE), (9001, 9002, 'Victor Release', 'JGZ', TRUE);
INSERT INTO meeting_guest (meeting_id, guest_index, name, organisation, discipline, present)
    VALUES (9001, 0, 'Gast Release', 'Sociaal wijkteam Arnhem', 'SOCIAL_TEAM', FALSE);
INSERT INTO agenda_item (id, meeting_id, case_number, anonymous, submitted_by_user_id, submitted_by_name,
        submitted_at, question, parents_attend, status, agenda_position, slot_start, slot_minutes)
    VALUES (9001, 9001, 'R1-0001', FALSE, 9001, 'Vera Release', TIMESTAMP WITH TIME ZONE '2026-11-21 09:00:00+01',
        'Zwangere met schulden; wie neemt de regie?', TRUE, 'ACCEPTED', 1, TIME '10:00:00', 20);
INSERT INTO agenda_outcome (id, agenda_item_id, status, conclusion, follow_up, follow_up_date, recorded_by,
        recorded_at, counted)
    VALUES (9001, 9001, 'DISCUSSED', 'Wijkteam neemt de regie; schuldhulp aangevraagd.', 'REDISCUSS',
        DATE '2026-12-20', 'r1-voorzitter', TIMESTAMP WITH TIME ZONE '2026-11-22 10:20:00+01', TRUE);
INSERT INTO agenda_action (id, agenda_item_id, what, assignee_user_id, assignee_name, due_on, agreed_by, agreed_at)
    VALUES (9001, 9001, 'Schuldhulp aanvragen', 9001, 'Vera Release', DATE '2026-12-01', 'r1-voorzitter',
        TIMESTAMP WITH TIME ZONE '2026-11-22 10:15:00+01');
INSERT INTO agenda_note (id, agenda_item_id, text, updated_by, updated_at)
    VALUES (9001, 9001, 'Gedeelde aantekening uit het eerste overleg.', 'r1-voorzitter',
        TIMESTAMP WITH TIME ZONE '2026-11-22 10:18:00+01');

INSERT INTO counting_event (id, period_date, municipality_code, meeting_type, case_type, anonymous, token)
    VALUES (9001, DATE '2026-11-22', 'GM0202', 'MDO_VULNERABLE_PREGNANCY', 'PREGNANCY', FALSE,
        'a1e0c0de-0000-4000-8000-000000009001');
INSERT INTO counting_event_region (counting_event_id, region_code) VALUES (9001, 'GELDERLAND-MIDDEN'), (9001, 'OOST');

INSERT INTO audit_entry (occurred_at, username, roles, discipline, organisation, case_number, action, object,
        outcome, checks, detail)
    VALUES (TIMESTAMP WITH TIME ZONE '2026-11-22 09:10:00+01', 'r1-verloskundige', 'PROFESSIONAL', 'MIDWIFE',
        'Verloskundigenpraktijk Release 1', 'R1-0001', 'CREATE', 'CASE', 'SUCCESS', 'care-team', NULL),
        (TIMESTAMP WITH TIME ZONE '2026-11-22 10:00:00+01', 'r1-voorzitter', 'CHAIR,PROFESSIONAL', 'JGZ',
        'Verloskundigenpraktijk Release 1', NULL, 'LOGIN', 'SESSION', 'SUCCESS', 'password', NULL);
