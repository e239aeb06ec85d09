-- Mail that is worthless if late (day-before access links, reminders) goes first when a backlog drains.
alter table mail_outbox add column time_critical boolean not null default false;
drop index mail_outbox_due;
create index mail_outbox_due on mail_outbox (time_critical desc, next_attempt_at, id) where status = 'QUEUED';
