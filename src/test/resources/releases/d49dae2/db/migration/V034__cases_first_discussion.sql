-- The day a case was first recorded as discussed in a meeting, so the indicators learn the days
-- from registration to the first meeting exactly once per case. Kept on erasure: it says nothing
-- about the person and keeps a later discussion of an erased case from counting as a first one.
CREATE TABLE case_first_discussion (
    case_id      BIGINT NOT NULL,
    discussed_on DATE   NOT NULL,
    CONSTRAINT pk_case_first_discussion PRIMARY KEY (case_id),
    CONSTRAINT fk_case_first_discussion_case FOREIGN KEY (case_id) REFERENCES case_file (id) ON DELETE CASCADE
);
