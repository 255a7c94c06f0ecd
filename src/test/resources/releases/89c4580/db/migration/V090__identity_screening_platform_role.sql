-- A screening platform's service account pushes instrument results on behalf of a care-team member.
ALTER TABLE user_role DROP CONSTRAINT ck_user_role_role;
ALTER TABLE user_role ADD CONSTRAINT ck_user_role_role
    CHECK (role IN ('PROFESSIONAL', 'CHAIR', 'COORDINATOR', 'ADMIN', 'SCREENING_PLATFORM'));
