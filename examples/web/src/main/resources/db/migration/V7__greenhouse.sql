-- Interviews sent through Greenhouse's Assessment Partner API (send_test). The partner_interview_id Greenhouse
-- keeps is the invitation's id. One row per Greenhouse application and test: a repeated send_test (Greenhouse
-- retries) finds this row and answers with the same id instead of inviting the candidate twice.
CREATE TABLE greenhouse_interview (
    invitation_id        VARCHAR(36) PRIMARY KEY REFERENCES invitation (id) ON DELETE CASCADE,
    org_id               VARCHAR(36) NOT NULL REFERENCES organization (id),
    partner_test_id      VARCHAR(36) NOT NULL,
    application_key      VARCHAR(500) NOT NULL,
    gh_candidate_id      VARCHAR(40),
    gh_application_id    VARCHAR(40),
    profile_url          VARCHAR(2000) NOT NULL,
    email                VARCHAR(320) NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    mail_sent_at         TIMESTAMP WITH TIME ZONE,
    -- The PATCH "test completed" back to Greenhouse: due while patched_at and gave_up_at are empty. The
    -- credential is the Basic value Greenhouse authenticated send_test with; it is erased once the PATCH is done.
    callback_url         VARCHAR(2000) NOT NULL,
    callback_auth        VARCHAR(400),
    callback_attempts    INT DEFAULT 0 NOT NULL,
    callback_next_at     TIMESTAMP WITH TIME ZONE,
    callback_last_error  VARCHAR(500),
    patched_at           TIMESTAMP WITH TIME ZONE,
    gave_up_at           TIMESTAMP WITH TIME ZONE,
    CONSTRAINT greenhouse_interview_once UNIQUE (org_id, partner_test_id, application_key)
);
CREATE INDEX greenhouse_interview_due ON greenhouse_interview (patched_at, gave_up_at, callback_next_at);

-- Greenhouse's reports of responses of ours it could not read (response_error), kept for whoever debugs them.
CREATE TABLE greenhouse_response_error (
    id                   VARCHAR(36) PRIMARY KEY,
    org_id               VARCHAR(36) NOT NULL REFERENCES organization (id),
    api_call             VARCHAR(100) NOT NULL,
    errors               VARCHAR(8000) NOT NULL,
    partner_test_id      VARCHAR(100),
    partner_interview_id VARCHAR(100),
    received_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX greenhouse_response_error_by_org ON greenhouse_response_error (org_id, received_at);
