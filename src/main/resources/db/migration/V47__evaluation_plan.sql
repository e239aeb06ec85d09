-- The office's plan for a call's evaluation: how many evaluators each application gets (the
-- ranking warns about applications with fewer evaluations) and the last day to submit scores
-- (evaluators are reminded before it; the office sees who is late).
create table evaluation_plan (
    call_id                     bigint        primary key,
    evaluators_per_application  integer       check (evaluators_per_application between 1 and 10),
    due_on                      date,
    updated_at                  timestamptz   not null,
    updated_by                  varchar(254)  not null
);
