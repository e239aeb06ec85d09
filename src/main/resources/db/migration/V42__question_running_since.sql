-- When the moderator started the running agenda item: the run of show measures its time left and overrun
-- from this actual start, not from the planned one. Null while the clock says what runs (and for an item
-- started before this column existed, which then counts from its planned start).
alter table question_settings add column running_since timestamptz;
