-- Enrolling a registrant in the conference's Zoom meeting, or taking their seat back, is a job done after the
-- registration's transaction commits, so a slow or unreachable Zoom never holds the conference's lock row.
-- due_at is when the job is next tried; a claimed job is pushed a lease ahead (and marked with its claim), so the
-- job of an instance that died while calling Zoom comes due again. Done jobs are deleted.
create table registration_seat_job (
    id              bigserial primary key,
    registration_id bigint       not null references registration (id) on delete cascade,
    conference_id   bigint       not null,
    action          varchar(10)  not null,
    -- RELEASE: the seat to take back (Zoom's registrant id) and the address Zoom knows it by
    provider_id     varchar(200),
    email           varchar(320),
    due_at          timestamptz  not null,
    attempts        integer      not null default 0,
    claim           varchar(64),
    last_error      varchar(500),
    created_at      timestamptz  not null
);

create index registration_seat_job_due on registration_seat_job (due_at);
