-- Which of a registration's calendar entries is current: registering again after a cancellation starts a new
-- entry (a new UID), since calendars keep a cancelled UID cancelled.
alter table registration add column calendar_entry integer not null default 1;
