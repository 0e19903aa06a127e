-- The audit log (Data Protection Act 2018 s.62): who, when, what, about what, and why.
-- Rows are only ever inserted.
-- EclipseLink takes each value as the LAST id of a block of 50 (allocationSize), so the sequence
-- starts at 50 and steps by 50: the first block is 1..50. Each node takes whole blocks.
CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE audit_entry (
    id           BIGINT PRIMARY KEY,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(255)  NOT NULL,
    actor_roles  VARCHAR(255)  NOT NULL,
    action       VARCHAR(64)   NOT NULL,
    subject_type VARCHAR(64)   NOT NULL,
    subject_id   VARCHAR(128)  NOT NULL,
    reason       VARCHAR(1000) NOT NULL
);

CREATE INDEX audit_entry_subject ON audit_entry (subject_type, subject_id, occurred_at);
CREATE INDEX audit_entry_time ON audit_entry (occurred_at);
