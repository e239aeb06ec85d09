-- A practice made from a winning or good-practice application remembers the application (a submission id,
-- without a foreign key), so that call → application → decision → practice is one traceable record.
alter table practice add column origin_submission_id bigint;
