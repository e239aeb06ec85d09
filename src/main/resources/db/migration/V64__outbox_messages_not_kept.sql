-- A mail the sending module does not keep once it went out (a visitor's contact request and its confirmation) is
-- forgotten like a mail to an erased person, but its recipient was not erased: the office reads which it was.
alter table mail_outbox add column not_kept boolean not null default false;
update mail_outbox set not_kept = true where forget_once_sent and template like 'contactrequest/%';
