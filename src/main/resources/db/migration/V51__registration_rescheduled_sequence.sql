-- The conference's calendar SEQUENCE a registrant was last told of a move: a move's event handled twice
-- (resubmitted after a crash) sends its mail once.
alter table registration add column rescheduled_sequence integer not null default 0;
