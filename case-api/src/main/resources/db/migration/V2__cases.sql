-- Reports and the cases they become, with their timeline, secure messages, drafts, and the staff
-- the API has seen (so a supervisor can assign a case to someone by name).
-- Sequences start at 50 and step by 50 for EclipseLink's allocationSize of 50 (see V1).
CREATE SEQUENCE case_file_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE case_event_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE case_message_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE case_file (
    id               BIGINT PRIMARY KEY,
    reference        VARCHAR(12)   NOT NULL,
    citizen_subject  VARCHAR(64)   NOT NULL,
    citizen_name     VARCHAR(255)  NOT NULL,
    category         VARCHAR(32)   NOT NULL,
    status           VARCHAR(32)   NOT NULL,
    victim_rights    VARCHAR(16)   NOT NULL,
    reported_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    officer_subject  VARCHAR(64),
    officer_username VARCHAR(255),
    officer_name     VARCHAR(255),
    -- The day by which the victim must next be told something, kept here so that the work queue
    -- can put overdue cases first in SQL.
    update_due_on    DATE,
    reminded_on      DATE,
    outcome_code     VARCHAR(8),
    report_json      TEXT          NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT case_file_reference UNIQUE (reference)
);
CREATE INDEX case_file_citizen ON case_file (citizen_subject, reported_at);
CREATE INDEX case_file_officer ON case_file (officer_subject, update_due_on);
CREATE INDEX case_file_due ON case_file (update_due_on);

CREATE TABLE case_event (
    id                BIGINT PRIMARY KEY,
    case_id           BIGINT        NOT NULL REFERENCES case_file (id),
    occurred_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    type              VARCHAR(32)   NOT NULL,
    visible_to_victim BOOLEAN       NOT NULL,
    author_subject    VARCHAR(64)   NOT NULL,
    author_name       VARCHAR(255)  NOT NULL,
    text              TEXT,
    status            VARCHAR(32),
    key_event         VARCHAR(32),
    outcome_code      VARCHAR(8)
);
CREATE INDEX case_event_case ON case_event (case_id, occurred_at);

CREATE TABLE case_message (
    id              BIGINT PRIMARY KEY,
    case_id         BIGINT        NOT NULL REFERENCES case_file (id),
    sent_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    sender          VARCHAR(16)   NOT NULL,
    author_subject  VARCHAR(64)   NOT NULL,
    author_name     VARCHAR(255)  NOT NULL,
    text            TEXT          NOT NULL
);
CREATE INDEX case_message_case ON case_message (case_id, sent_at);

CREATE TABLE report_draft (
    citizen_subject VARCHAR(64) PRIMARY KEY,
    step            VARCHAR(64)  NOT NULL,
    form_json       TEXT         NOT NULL,
    saved_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE staff_member (
    subject    VARCHAR(64) PRIMARY KEY,
    username   VARCHAR(255) NOT NULL,
    name       VARCHAR(255) NOT NULL,
    email      VARCHAR(320),
    roles      VARCHAR(255) NOT NULL,
    last_seen  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX staff_member_username ON staff_member (username);
