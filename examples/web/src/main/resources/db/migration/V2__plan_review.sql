-- The recruiter's review of a plan's fairness flags: a flagged question may be sent as worded only with a
-- recorded reason. The override covers the exact wording it was given for; an edit re-opens the gate.
-- Rows outlive their plan on purpose: interviews already sent were sent under these decisions.
CREATE TABLE plan_flag_override (
    id            VARCHAR(36) PRIMARY KEY,
    plan_id       VARCHAR(36) NOT NULL,
    question_id   VARCHAR(36) NOT NULL,
    question_text TEXT NOT NULL,
    categories    VARCHAR(300) NOT NULL,
    reason        TEXT NOT NULL,
    overridden_by VARCHAR(100) NOT NULL,
    overridden_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX plan_flag_override_by_plan ON plan_flag_override (plan_id, overridden_at);
