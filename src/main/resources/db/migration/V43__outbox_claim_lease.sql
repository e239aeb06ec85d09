-- A sender claims a message until this time and sends it outside any transaction; no other sender takes it
-- meanwhile. A sender that died mid-send leaves the claim to run out, and the message is taken again.
alter table mail_outbox add column claimed_until timestamptz;
