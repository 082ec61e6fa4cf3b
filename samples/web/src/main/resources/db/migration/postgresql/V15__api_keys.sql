-- API keys of machine clients (issue 27): only the SHA-256 of the secret is stored; the key id is
-- public (it is the part of the key before the secret) and names the key in logs
CREATE TABLE api_key (
    key_id VARCHAR(32) PRIMARY KEY,
    secret_sha256 CHAR(64) NOT NULL,
    name VARCHAR(200) NOT NULL,
    scopes VARCHAR(500) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at TIMESTAMP WITH TIME ZONE
);
