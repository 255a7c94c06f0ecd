-- The municipalities a user works for (for example a coordinator's region), by CBS code. Filled
-- from the identity provider's "municipalities" claim on each sign-in; empty means no limit set.
CREATE TABLE user_municipality_scope (
    user_id           BIGINT     NOT NULL,
    municipality_code VARCHAR(6) NOT NULL,
    CONSTRAINT pk_user_municipality_scope PRIMARY KEY (user_id, municipality_code),
    CONSTRAINT fk_user_municipality_scope_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT ck_user_municipality_scope_code CHECK (municipality_code LIKE 'GM____')
);
