-- A candidate may decline an AI-assisted interview on the notice page, with an optional message for the recruiter.
-- The link then cannot be used to answer; the recruiter sees "Declined" and the message.
ALTER TABLE invitation ADD COLUMN declined_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE invitation ADD COLUMN decline_message VARCHAR(2000);
