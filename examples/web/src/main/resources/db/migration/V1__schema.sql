-- The web app's schema. Portable SQL: it runs on H2 (the default) and PostgreSQL.

-- The recruiter's account. Only a PBKDF2 hash of the password is stored.
CREATE TABLE admin_account (
    username      VARCHAR(100) PRIMARY KEY,
    password_hash VARCHAR(300) NOT NULL,
    generated     BOOLEAN NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Signed-in recruiters. The cookie holds a random id; only its SHA-256 is stored.
CREATE TABLE login_session (
    id_hash    CHAR(64) PRIMARY KEY,
    username   VARCHAR(100) NOT NULL,
    csrf_token VARCHAR(64) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Interview plans as the recruiter edits them (the SDK's InterviewPlan as JSON).
CREATE TABLE interview_plan (
    id                VARCHAR(36) PRIMARY KEY,
    status            VARCHAR(20) NOT NULL,
    title             VARCHAR(300),
    jd_source         VARCHAR(300) NOT NULL,
    jd_text           TEXT NOT NULL,
    plan_json         TEXT,
    alternatives_json TEXT,
    error             TEXT,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The SDK's session state (SessionState as JSON), saved after every change: the InterviewStore.
CREATE TABLE interview_session (
    id         VARCHAR(64) PRIMARY KEY,
    status     VARCHAR(20) NOT NULL,
    state_json TEXT NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One invitation per candidate: the link's token (hashed), its expiry, the session it opens, the consent given.
CREATE TABLE invitation (
    id             VARCHAR(36) PRIMARY KEY,
    token_hash     CHAR(64) NOT NULL UNIQUE,
    plan_id        VARCHAR(36) NOT NULL,
    session_id     VARCHAR(64) NOT NULL UNIQUE,
    candidate      VARCHAR(200) NOT NULL,
    role_title     VARCHAR(300) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    consented_at   TIMESTAMP WITH TIME ZONE,
    consent_notice VARCHAR(20)
);

-- Recordings, stored as files under the data directory; one row per file, written before any processing.
CREATE TABLE media (
    id          VARCHAR(36) PRIMARY KEY,
    session_id  VARCHAR(64) NOT NULL,
    turn_index  INTEGER NOT NULL,
    kind        VARCHAR(10) NOT NULL,
    mime_type   VARCHAR(100) NOT NULL,
    path        VARCHAR(1000) NOT NULL,
    size_bytes  BIGINT NOT NULL,
    duration_ms BIGINT,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX media_by_session ON media (session_id, turn_index);
