-- The phone number at which a professional can be reached for her work: printed on the wegwijzer a
-- contact person hands to the parents. Optional; set by the application manager (or taken from the
-- identity provider's phone_number claim when accounts are Keycloak's).
ALTER TABLE user_account ADD COLUMN work_phone VARCHAR(30);
