-- Every file a partner sends, stored exactly as it arrived (content + SHA-256) before it is parsed.
CREATE TABLE received_declaration (
    id               BIGSERIAL PRIMARY KEY,
    receipt          VARCHAR(40)  NOT NULL UNIQUE,
    received_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    channel          VARCHAR(20)  NOT NULL,
    size_bytes       BIGINT       NOT NULL,
    sha256           CHAR(64)     NOT NULL,
    content          BYTEA        NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    reason           VARCHAR(40),
    message          VARCHAR(2000),
    reading_json     TEXT,
    organisation     VARCHAR(200),
    error_count      INT,
    history_sequence INT
);

-- The register is kept as its history (GO-1.3): one row per applied declaration or removal,
-- replayed with Register.replay on load. The declaration is stored as JSON.
CREATE TABLE register_history (
    sequence         INT          PRIMARY KEY,
    entry_date       DATE         NOT NULL,
    action           VARCHAR(30)  NOT NULL,
    partner_key      VARCHAR(200) NOT NULL,
    declaration_json TEXT,
    note             VARCHAR(2000) NOT NULL
);

-- Attendance read from ticked attendance sheets (GO-1.4).
CREATE TABLE attendance (
    id           BIGSERIAL PRIMARY KEY,
    meeting_id   VARCHAR(100) NOT NULL,
    meeting_date DATE         NOT NULL,
    kind         VARCHAR(30)  NOT NULL,
    group_id     VARCHAR(100) NOT NULL,
    organisation VARCHAR(200) NOT NULL,
    person       VARCHAR(200) NOT NULL,
    present      BOOLEAN      NOT NULL
);
