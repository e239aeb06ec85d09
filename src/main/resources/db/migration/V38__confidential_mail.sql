-- A mail carrying a credential (a one-use link to set a password): the office never reads its text, and the text
-- is dropped once the mail went out.
alter table mail_outbox add column confidential boolean not null default false;
