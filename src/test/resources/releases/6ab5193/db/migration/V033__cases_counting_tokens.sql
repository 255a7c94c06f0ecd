-- A random token per case per year, so the indicators can count distinct cases per year without
-- storing who they are. The case holds its tokens; erasure deletes them, after which nothing links
-- a stored counting event back to the case. ("year" is reserved in H2, hence counting_year.)
CREATE TABLE case_counting_token (
    case_id BIGINT      NOT NULL,
    counting_year INTEGER   NOT NULL,
    token   VARCHAR(36) NOT NULL,
    CONSTRAINT pk_case_counting_token PRIMARY KEY (case_id, counting_year),
    CONSTRAINT uk_case_counting_token UNIQUE (token),
    CONSTRAINT fk_case_counting_token_case FOREIGN KEY (case_id) REFERENCES case_file (id) ON DELETE CASCADE
);
