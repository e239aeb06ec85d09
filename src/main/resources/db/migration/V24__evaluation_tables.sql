-- The committee's evaluation of submitted applications: where each application stands (with every move, who, when
-- and why), the evaluators and their home municipality (for obvious conflicts of interest), declared conflicts,
-- assignments with their scores, site-visit reports and the decision. Submission ids, call ids and KSH codes are
-- references into other modules, without foreign keys.

-- One row per application the evaluation has touched; an application without a row is still at the formal check.
create table evaluation_case (
    submission_id  bigint        primary key,
    call_id        bigint        not null,
    stage          varchar(30)   not null,
    result         varchar(20),
    justification  text          not null default '',
    published_at   timestamptz,
    practice_id    bigint,
    version        bigint        not null default 0
);
create index evaluation_case_call on evaluation_case (call_id);

-- The audit log: every move between stages, forwards or (by an admin) back.
create table evaluation_stage_change (
    id             bigserial     primary key,
    submission_id  bigint        not null references evaluation_case (submission_id),
    from_stage     varchar(30)   not null,
    to_stage       varchar(30)   not null,
    changed_at     timestamptz   not null,
    changed_by     varchar(254)  not null,
    reason         text          not null default ''
);
create index evaluation_stage_change_case on evaluation_stage_change (submission_id, id);

create table evaluation_evaluator (
    email          varchar(254)  primary key,
    home_ksh_code  varchar(5)    check (home_ksh_code ~ '^[0-9]{5}$'),
    added_at       timestamptz   not null
);

create table evaluation_conflict (
    id             bigserial     primary key,
    submission_id  bigint        not null,
    evaluator      varchar(254)  not null,
    note           text          not null default '',
    declared_at    timestamptz   not null,
    unique (submission_id, evaluator)
);

create table evaluation_assignment (
    id             bigserial     primary key,
    submission_id  bigint        not null,
    evaluator      varchar(254)  not null,
    assigned_at    timestamptz   not null,
    assigned_by    varchar(254)  not null,
    submitted_at   timestamptz,
    version        bigint        not null default 0,
    unique (submission_id, evaluator)
);
create index evaluation_assignment_evaluator on evaluation_assignment (evaluator);

-- An evaluator's score and comment per criterion of the call; a draft until the assignment is submitted.
create table evaluation_score (
    assignment_id  bigint        not null references evaluation_assignment (id) on delete cascade,
    criterion      varchar(40)   not null,
    score          integer,
    comment        text          not null default '',
    primary key (assignment_id, criterion)
);

create table evaluation_site_visit (
    id             bigserial     primary key,
    submission_id  bigint        not null,
    mode           varchar(10)   not null check (mode in ('ONLINE', 'ON_SITE')),
    visited_on     date          not null,
    report         text          not null,
    recorded_at    timestamptz   not null,
    recorded_by    varchar(254)  not null
);
create index evaluation_site_visit_case on evaluation_site_visit (submission_id);
