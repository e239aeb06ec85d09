-- Municipalities' applications to a call: who may act for which municipality, the application with its sections,
-- and every change of its status (who, when, why). The call id and the KSH code are references into the call and
-- municipality modules, without foreign keys.

-- An applicant account's claim to act for a municipality; an admin approves it before the first submission.
create table submission_applicant (
    id            bigserial     primary key,
    email         varchar(254)  not null unique,
    ksh_code      varchar(5)    not null check (ksh_code ~ '^[0-9]{5}$'),
    status        varchar(20)   not null check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    requested_at  timestamptz   not null,
    decided_at    timestamptz,
    decided_by    varchar(254)
);
create index submission_applicant_pending on submission_applicant (status, requested_at);

-- One application per municipality and call; everyone approved for the municipality edits the same draft.
create table submission (
    id            bigserial     primary key,
    call_id       bigint        not null,
    ksh_code      varchar(5)    not null check (ksh_code ~ '^[0-9]{5}$'),
    title         varchar(200)  not null default '',
    status        varchar(30)   not null,
    -- optimistic locking: a save names the version it started from, a stale one is refused and shown both texts
    version       bigint        not null default 0,
    created_at    timestamptz   not null,
    created_by    varchar(254)  not null,
    updated_at    timestamptz   not null,
    updated_by    varchar(254)  not null,
    submitted_at  timestamptz,
    submitted_by  varchar(254),
    constraint submission_one_per_call unique (call_id, ksh_code),
    constraint submission_submitted check ((status = 'DRAFT') = (submitted_at is null))
);
create index submission_by_municipality on submission (ksh_code);

create table submission_section (
    submission_id  bigint       not null references submission (id) on delete cascade,
    kind           varchar(40)  not null,
    text           text         not null,
    primary key (submission_id, kind)
);

-- The status ladder as it was walked: submitted by the applicant, later stages by the evaluation module.
create table submission_status_change (
    id             bigserial     primary key,
    submission_id  bigint        not null references submission (id) on delete cascade,
    status         varchar(30)   not null,
    changed_at     timestamptz   not null,
    changed_by     varchar(254)  not null,
    reason         text          not null default ''
);
create index submission_status_change_by_submission on submission_status_change (submission_id, changed_at);
