-- The committee decides by a recorded vote. Per call: who sits on the voting committee, the quorum and the
-- majority. Per application: the motions put to the vote (a proposed result with its justification), the members
-- entitled to vote on each (those with a conflict of interest are recorded as excluded), and every vote with its
-- reason. A motion is carried once the quorum voted and the majority said yes; the decision is taken then.
alter table evaluation_plan add column quorum varchar(20) not null default 'MORE_THAN_HALF';
alter table evaluation_plan add column majority varchar(20) not null default 'SIMPLE';

create table evaluation_committee_seat (
    call_id        bigint        not null references evaluation_plan (call_id) on delete cascade,
    member         varchar(254)  not null,
    primary key (call_id, member)
);

create table evaluation_motion (
    id             bigserial     primary key,
    submission_id  bigint        not null references evaluation_case (submission_id),
    result         varchar(20)   not null,
    justification  text          not null,
    quorum         varchar(20)   not null,
    majority       varchar(20)   not null,
    proposed_by    varchar(254)  not null,
    proposed_at    timestamptz   not null,
    outcome        varchar(20)   not null check (outcome in ('OPEN', 'CARRIED', 'DEFEATED')),
    closed_at      timestamptz,
    version        bigint        not null default 0
);
create index evaluation_motion_case on evaluation_motion (submission_id, id);
-- At most one motion open per application.
create unique index evaluation_motion_one_open on evaluation_motion (submission_id) where outcome = 'OPEN';

create table evaluation_motion_seat (
    motion_id      bigint        not null references evaluation_motion (id) on delete cascade,
    member         varchar(254)  not null,
    excluded       boolean       not null,
    primary key (motion_id, member)
);

create table evaluation_vote (
    id             bigserial     primary key,
    motion_id      bigint        not null references evaluation_motion (id) on delete cascade,
    member         varchar(254)  not null,
    choice         varchar(10)   not null check (choice in ('YES', 'NO', 'ABSTAIN')),
    reason         text          not null default '',
    cast_at        timestamptz   not null,
    unique (motion_id, member)
);
