-- Upload slots: a client asked to send one file straight to object storage through a presigned URL
-- (large files, API clients). A row, not a signed token, because completing a slot must happen once:
-- a second completion, a completion after a refusal and one after the deadline each get their own
-- answer, and two completions racing each other are settled by locking this row.
CREATE TABLE evidence_upload_slot (
    id                  VARCHAR(36)   PRIMARY KEY,
    case_id             BIGINT        NOT NULL REFERENCES case_file (id),
    -- The object the client sends to: incoming/<uuid>, swept like any other staging object.
    staging_key         VARCHAR(64)   NOT NULL,
    original_name       VARCHAR(400)  NOT NULL,
    declared_size       BIGINT        NOT NULL,
    opened_by_subject   VARCHAR(64)   NOT NULL,
    opened_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    url_expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    complete_by         TIMESTAMP WITH TIME ZONE NOT NULL,
    -- OPEN, COMPLETED (evidence_item_id set) or REFUSED.
    state               VARCHAR(16)   NOT NULL,
    evidence_item_id    BIGINT        REFERENCES evidence_item (id),
    CONSTRAINT evidence_upload_slot_staging_key UNIQUE (staging_key),
    CONSTRAINT evidence_upload_slot_size CHECK (declared_size > 0)
);
CREATE INDEX evidence_upload_slot_open ON evidence_upload_slot (state, complete_by);
