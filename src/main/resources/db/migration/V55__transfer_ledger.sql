-- The transfer ledger: a municipality taking up a published practice, tracked from "considering" to running or
-- stopped (with its reason); the origin's answer and, only with that person's consent, a mentor at the origin.
-- The practice id and the KSH code are references into other modules, kept without foreign keys.
create table transfer (
    id                   bigserial     primary key,
    practice_id          bigint        not null,
    ksh_code             varchar(5)    not null,
    municipality_name    varchar(200)  not null,
    plan                 varchar(2000) not null,
    contact_name         varchar(200)  not null,
    contact_email        varchar(254)  not null,
    status               varchar(20)   not null check (status in ('CONSIDERING', 'ADAPTING', 'RUNNING', 'STOPPED')),
    stop_reason          varchar(1000) not null default '',
    started_by           varchar(254)  not null,
    started_at           timestamptz   not null,
    status_changed_at    timestamptz   not null,
    origin_answer        varchar(2000) not null default '',
    answered_at          timestamptz,
    mentor_name          varchar(200)  not null default '',
    mentor_email         varchar(254)  not null default '',
    mentor_consented_at  timestamptz,
    unique (practice_id, ksh_code),
    check (status <> 'STOPPED' or stop_reason <> ''),
    check (mentor_name = '' or mentor_consented_at is not null)
);
create index transfer_practice on transfer (practice_id);
create index transfer_municipality on transfer (ksh_code);

-- The outcome indicators a practice's owners define (2–3: e.g. people served, cost, hours saved), asked at each
-- check-in.
create table transfer_indicator (
    id           bigserial    primary key,
    practice_id  bigint       not null,
    position     integer      not null check (position between 1 and 3),
    name         varchar(120) not null,
    unit         varchar(40)  not null default '',
    unique (practice_id, position)
);

-- The check-ins 6 and 12 months after the start: rows with their due time, claimed by a poller (FOR UPDATE SKIP
-- LOCKED) and marked sent in the same transaction as the outbox mail; one reminder when unanswered; answered through a
-- personal link without password. A stopped transfer's unsent check-ins are skipped.
create table transfer_check_in (
    id               bigserial     primary key,
    transfer_id      bigint        not null references transfer (id) on delete cascade,
    months_after     integer       not null check (months_after in (6, 12)),
    token            varchar(64)   not null unique,
    due_at           timestamptz   not null,
    sent_at          timestamptz,
    remind_at        timestamptz,
    reminded_at      timestamptz,
    skipped_at       timestamptz,
    answered_at      timestamptz,
    reported_status  varchar(20)   check (reported_status in ('CONSIDERING', 'ADAPTING', 'RUNNING', 'STOPPED')),
    lessons          varchar(500)  not null default '',
    unique (transfer_id, months_after)
);
create index transfer_check_in_due on transfer_check_in (due_at) where sent_at is null and skipped_at is null;
create index transfer_check_in_reminder on transfer_check_in (remind_at)
    where answered_at is null and reminded_at is null and skipped_at is null;

create table transfer_outcome (
    check_in_id   bigint        not null references transfer_check_in (id) on delete cascade,
    indicator_id  bigint        not null references transfer_indicator (id) on delete cascade,
    value         numeric(14,2) not null,
    primary key (check_in_id, indicator_id)
);

-- The earlier "we are adapting it" notes become transfers being considered; their note is the plan and the account
-- that wrote it the contact. Their check-ins fall due 6 and 12 months after the note; when that has passed, the
-- first falls due now and the second six months later, so that nobody gets both at once.
insert into transfer (practice_id, ksh_code, municipality_name, plan, contact_name, contact_email, status, started_by,
                      started_at, status_changed_at)
select practice_id, ksh_code, municipality_name, note, '', account_email, 'CONSIDERING', account_email, created_at,
       created_at
from practice_adoption;

insert into transfer_check_in (transfer_id, months_after, token, due_at)
select t.id, m.months, replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', ''),
       greatest(t.started_at + make_interval(months => m.months), now() + make_interval(months => m.months - 6))
from transfer t cross join (values (6), (12)) as m (months);

drop table practice_adoption;
