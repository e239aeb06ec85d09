-- Sending a campaign becomes a background job: the request records every recipient as PENDING and the campaign as
-- SENDING; a worker claims pending rows in small batches (FOR UPDATE SKIP LOCKED) and, in each batch's transaction,
-- writes the outbox message and marks the row QUEUED. A row therefore has no outbox message until it is queued, and
-- keeps what the worker needs to write it: the address as the contact list spells it and the salutation. A row written
-- with its outbox message at once (as before this job) is queued, hence the default.
alter table invitation_recipient
    add column status          varchar(20)  not null default 'QUEUED',
    add column address         varchar(320),
    add column salutation_key  varchar(100),
    add column queued_at       timestamptz;
alter table invitation_recipient alter column outbox_id drop not null;
-- What the worker looks for: few rows, and only while a campaign is being sent.
create index invitation_recipient_pending on invitation_recipient (id) where status = 'PENDING';

-- When the last recipient's mail was queued (sent_at is when the office pressed the button).
alter table invitation_campaign add column finished_at timestamptz;
