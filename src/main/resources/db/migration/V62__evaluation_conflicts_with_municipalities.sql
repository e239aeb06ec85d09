-- An evaluator or a committee member declares a conflict of interest with one application, or with a municipality
-- (every application it makes or joins as a partner); each declaration names exactly one of the two, once per person.
alter table evaluation_conflict alter column submission_id drop not null;
alter table evaluation_conflict add column ksh_code varchar(5) check (ksh_code ~ '^[0-9]{5}$');
alter table evaluation_conflict add constraint evaluation_conflict_one_subject
    check ((submission_id is null) <> (ksh_code is null));
alter table evaluation_conflict add constraint evaluation_conflict_municipality_once unique (ksh_code, evaluator);
create index evaluation_conflict_by_person on evaluation_conflict (evaluator);
