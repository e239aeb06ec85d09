-- A flagged spread (the evaluators' weighted means differ by at least the threshold) is settled before a decision:
-- by a third evaluator the application gets automatically (a tie-breaker assignment), or, when none is free of
-- conflicts, by the committee's written resolution (who, when, what).
alter table evaluation_assignment add column tie_breaker boolean not null default false;

alter table evaluation_case add column spread_resolution text;
alter table evaluation_case add column spread_resolved_by varchar(254);
alter table evaluation_case add column spread_resolved_at timestamptz;
