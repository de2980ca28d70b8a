-- send_test claims its (organization, test, application) here before it creates the interview, so that servers
-- sending the same test at once make one interview: the one whose insert wins creates it, the others answer its id.
-- A claim older than a few minutes without its greenhouse_interview row (a server that died mid-way) is taken over.
CREATE TABLE greenhouse_send (
    org_id               VARCHAR(36) NOT NULL REFERENCES organization (id),
    partner_test_id      VARCHAR(36) NOT NULL,
    application_key      VARCHAR(500) NOT NULL,
    claimed_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (org_id, partner_test_id, application_key)
);

-- When the invitation email was last being sent: a repeated send_test sends a new link only when no email went
-- out and none is being sent, so that racing calls send the candidate one email.
ALTER TABLE greenhouse_interview ADD COLUMN mail_attempt_at TIMESTAMP WITH TIME ZONE;
