-- Witness statements (Criminal Justice Act 1967 s.9): one row per signed version. The signed PDF is
-- an evidence item (its bytes and SHA-256 live there); this row says which version of whose
-- statement it is and which earlier version it corrects. Rows are only ever inserted: a correction
-- is a new row that points at the one it supersedes.
CREATE SEQUENCE witness_statement_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE witness_statement (
    id                  BIGINT PRIMARY KEY,
    case_id             BIGINT        NOT NULL REFERENCES case_file (id),
    evidence_item_id    BIGINT        NOT NULL REFERENCES evidence_item (id),
    version             INTEGER       NOT NULL,
    supersedes_id       BIGINT        REFERENCES witness_statement (id),
    correction_reason   VARCHAR(2000),
    signed_by_subject   VARCHAR(64)   NOT NULL,
    signed_by_username  VARCHAR(255)  NOT NULL,
    -- The name the witness typed, as it appears on every page beside the signature.
    signed_by_name      VARCHAR(255)  NOT NULL,
    signed_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    -- Which wording of the declaration of truth was signed (see Declaration in the code).
    declaration_version VARCHAR(64)   NOT NULL,
    pages               INTEGER       NOT NULL,
    sha256              CHAR(64)      NOT NULL,
    CONSTRAINT witness_statement_version UNIQUE (case_id, signed_by_subject, version),
    CONSTRAINT witness_statement_evidence UNIQUE (evidence_item_id),
    -- A version is corrected at most once: the chain of versions never forks.
    CONSTRAINT witness_statement_corrected_once UNIQUE (supersedes_id),
    CONSTRAINT witness_statement_chain CHECK (
        (version = 1 AND supersedes_id IS NULL AND correction_reason IS NULL)
        OR (version > 1 AND supersedes_id IS NOT NULL AND correction_reason IS NOT NULL)),
    CONSTRAINT witness_statement_pages CHECK (pages > 0)
);
CREATE INDEX witness_statement_case ON witness_statement (case_id, signed_at);
