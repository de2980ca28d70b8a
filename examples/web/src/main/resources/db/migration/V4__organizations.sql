-- Organizations: every plan and invitation (and so the interviews, recordings and reports reached through them)
-- belongs to one. What existed before, and the built-in recruiter account, belong to the "default" organization.
CREATE TABLE organization (
    id         VARCHAR(36) PRIMARY KEY,
    name       VARCHAR(100) NOT NULL UNIQUE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO organization (id, name, created_at)
    VALUES ('00000000-0000-0000-0000-000000000001', 'default', CURRENT_TIMESTAMP);

-- The recruiter account keeps a default: the account is created by code that knows of one organization only.
ALTER TABLE admin_account ADD COLUMN org_id VARCHAR(36) DEFAULT '00000000-0000-0000-0000-000000000001' NOT NULL;
ALTER TABLE admin_account ADD CONSTRAINT admin_account_org FOREIGN KEY (org_id) REFERENCES organization (id);

-- Plans and invitations: existing rows get the default organization; new rows must name theirs.
ALTER TABLE interview_plan ADD COLUMN org_id VARCHAR(36) DEFAULT '00000000-0000-0000-0000-000000000001' NOT NULL;
ALTER TABLE interview_plan ALTER COLUMN org_id DROP DEFAULT;
ALTER TABLE interview_plan ADD CONSTRAINT interview_plan_org FOREIGN KEY (org_id) REFERENCES organization (id);
CREATE INDEX interview_plan_by_org ON interview_plan (org_id, created_at);

ALTER TABLE invitation ADD COLUMN org_id VARCHAR(36) DEFAULT '00000000-0000-0000-0000-000000000001' NOT NULL;
ALTER TABLE invitation ALTER COLUMN org_id DROP DEFAULT;
ALTER TABLE invitation ADD CONSTRAINT invitation_org FOREIGN KEY (org_id) REFERENCES organization (id);
CREATE INDEX invitation_by_org ON invitation (org_id, created_at);

-- API keys of an organization. The key is shown once; only the SHA-256 of its secret part is stored (hex), found
-- through its public prefix.
CREATE TABLE api_key (
    id           VARCHAR(36) PRIMARY KEY,
    org_id       VARCHAR(36) NOT NULL REFERENCES organization (id),
    name         VARCHAR(100) NOT NULL,
    prefix       VARCHAR(16) NOT NULL UNIQUE,
    secret_hash  CHAR(64) NOT NULL,
    scopes       VARCHAR(300) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX api_key_by_org ON api_key (org_id, created_at);
