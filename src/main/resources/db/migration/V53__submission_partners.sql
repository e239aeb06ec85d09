-- Partner municipalities of a joint application (common among small villages), in the order the applicant gave them.
-- The KSH code is a reference into the municipality module, without a foreign key; the application refuses its own
-- municipality and a partner named twice.
create table submission_partner (
    submission_id  bigint      not null references submission (id) on delete cascade,
    position       integer     not null,
    ksh_code       varchar(5)  not null check (ksh_code ~ '^[0-9]{5}$'),
    primary key (submission_id, position)
);
create index submission_partner_by_municipality on submission_partner (ksh_code);
