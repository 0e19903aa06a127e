-- Evidence items: the record of each file a citizen or officer added to a case. The bytes live in
-- object storage under a generated key; this row is what makes them evidence (who, when, which
-- case, and the SHA-256 taken while they streamed). Rows are only ever inserted.
-- Sequences start at 50 and step by 50 for EclipseLink's allocationSize of 50 (see V1).
CREATE SEQUENCE evidence_item_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE evidence_item (
    id                  BIGINT PRIMARY KEY,
    case_id             BIGINT        NOT NULL REFERENCES case_file (id),
    object_key          VARCHAR(128)  NOT NULL,
    sha256              CHAR(64)      NOT NULL,
    size_bytes          BIGINT        NOT NULL,
    media_type          VARCHAR(128)  NOT NULL,
    kind                VARCHAR(16)   NOT NULL,
    -- Cleaned by evidence-store (last path segment, no control characters, 200 characters at most).
    original_name       VARCHAR(400)  NOT NULL,
    uploaded_by_subject VARCHAR(64)   NOT NULL,
    uploaded_by_name    VARCHAR(255)  NOT NULL,
    uploaded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    -- What a photo's EXIF claims: the camera's own clock (with the offset it recorded, if any),
    -- device and location. Any of these may be missing.
    taken_at            TIMESTAMP,
    taken_at_offset     VARCHAR(6),
    camera_make         VARCHAR(255),
    camera_model        VARCHAR(255),
    latitude            DOUBLE PRECISION,
    longitude           DOUBLE PRECISION,
    CONSTRAINT evidence_item_object_key UNIQUE (object_key),
    CONSTRAINT evidence_item_size CHECK (size_bytes > 0)
);
CREATE INDEX evidence_item_case ON evidence_item (case_id, uploaded_at);
