-- The REST API v1.

-- What an API client may tell about its candidate, and the interview's end by the API: cancelled (the link stops
-- working) or erased (recordings, answers and report deleted; the row stays as a tombstone without personal data,
-- with the receipt given to the client, so a repeated erasure answers the same receipt).
ALTER TABLE invitation ADD COLUMN email VARCHAR(320);
ALTER TABLE invitation ADD COLUMN external_id VARCHAR(200);
ALTER TABLE invitation ADD COLUMN cancelled_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE invitation ADD COLUMN erased_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE invitation ADD COLUMN erasure_receipt VARCHAR(1000);
CREATE INDEX invitation_by_external_id ON invitation (org_id, external_id);

-- Idempotency-Key: a POST's stored answer per API key and key value, so a retried request is answered the same
-- and not done twice. status is NULL while the first request is in flight. Kept 24 hours.
CREATE TABLE api_idempotency (
    api_key_id    VARCHAR(36) NOT NULL,
    idem_key      VARCHAR(255) NOT NULL,
    request_hash  CHAR(64) NOT NULL,
    status        INTEGER,
    content_type  VARCHAR(100),
    location      VARCHAR(1000),
    response_body TEXT,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (api_key_id, idem_key)
);
CREATE INDEX api_idempotency_by_age ON api_idempotency (created_at);

-- Server secrets generated once (the key that signs recording links), so links survive a restart.
CREATE TABLE server_secret (
    name       VARCHAR(100) PRIMARY KEY,
    secret     VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Follow-ups per main question that interviews of a plan allow, when an API client chose it (NULL: the server's
-- setting interview.follow-ups.max).
ALTER TABLE interview_plan ADD COLUMN follow_ups INTEGER;
