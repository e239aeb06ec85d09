-- Calls for applications: one per cycle and theme, with the application form's sections and the evaluation
-- criteria published with it. The theme id and the cycle year are references into the programme module,
-- without foreign keys: no module's table points into another's.

create table call_for_applications (
    id              bigserial     primary key,
    cycle_year      integer       not null check (cycle_year between 2008 and 2200),
    theme_id        bigint        not null,
    text_hu         text          not null,
    text_en         text          not null default '',
    eligibility_hu  text          not null,
    eligibility_en  text          not null default '',
    opens_at        timestamptz   not null,
    -- the last minute that is accepted, as the call announces it ("2021. június 30. 23.59"): the whole minute counts
    deadline        timestamptz   not null,
    scale_min       integer       not null,
    scale_max       integer       not null,
    published_at    timestamptz,
    created_at      timestamptz   not null,
    version         bigint        not null default 0,
    constraint call_one_per_theme unique (cycle_year, theme_id),
    constraint call_deadline_after_opening check (deadline > opens_at),
    constraint call_scale check (scale_min >= 0 and scale_max > scale_min)
);

-- The application form's sections, in the order the form shows them.
create table call_section (
    call_id     bigint       not null references call_for_applications (id) on delete cascade,
    position    integer      not null,
    kind        varchar(40)  not null,
    required    boolean      not null,
    max_length  integer      not null check (max_length between 100 and 20000),
    primary key (call_id, position),
    unique (call_id, kind)
);

-- The evaluation criteria and their relative weights (0 = not used).
create table call_criterion (
    call_id   bigint       not null references call_for_applications (id) on delete cascade,
    position  integer      not null,
    kind      varchar(40)  not null,
    weight    integer      not null check (weight between 0 and 10),
    primary key (call_id, position),
    unique (call_id, kind)
);
