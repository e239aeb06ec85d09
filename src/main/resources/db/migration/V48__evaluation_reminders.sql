-- An evaluator's reminder before the call's evaluation deadline: a row with its due time and
-- the offset it came from, claimed by a poller (FOR UPDATE SKIP LOCKED) and marked sent;
-- a moved deadline plans it anew.
create table evaluation_reminder (
    assignment_id  bigint        primary key references evaluation_assignment (id) on delete cascade,
    due_at         timestamptz   not null,
    days_before    integer       not null,
    sent_at        timestamptz
);
create index evaluation_reminder_due on evaluation_reminder (due_at) where sent_at is null;
