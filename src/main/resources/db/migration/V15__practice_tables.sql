-- The knowledge base: good-practice records, their revisions, old addresses, attachments and adoptions.
-- Municipality and theme facts are copied onto the practice when an editor saves it, so that the search index
-- and the open data never read another module's tables; the KSH code and the theme id stay the references.

create table practice (
    id               bigserial     primary key,
    slug             varchar(120)  not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    status           varchar(20)   not null check (status in ('DRAFT', 'PUBLISHED')),
    cycle_year       integer       not null check (cycle_year between 2008 and 2200),
    award_level      varchar(30)   not null,
    title            varchar(200)  not null,
    summary          varchar(1000) not null,
    problem          text          not null default '',
    solution         text          not null default '',
    implementation   text          not null default '',
    started_on       date,
    duration         varchar(200)  not null default '',
    stage            varchar(20)   not null,
    partners         text          not null default '',
    resources        text          not null default '',
    cost_huf         bigint        check (cost_huf >= 0),
    results          text          not null default '',
    innovation       text          not null default '',
    sustainability   text          not null default '',
    transferability  text          not null default '',
    challenges       text          not null default '',
    contact_name     varchar(200)  not null default '',
    contact_email    varchar(254)  not null default '',
    contact_phone    varchar(40)   not null default '',
    -- the contact person agreed to be shown on the public page; without it the contact stays with the office
    contact_consent  boolean       not null default false,
    website_url      varchar(500)  not null default '',
    talk_url         varchar(500)  not null default '',
    recording_url    varchar(500)  not null default '',
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    published_at     timestamptz,
    -- when the owners were last asked for an update on results; the yearly request is due a year after
    update_requested_at timestamptz,
    version          integer       not null default 0
);
create index practice_status on practice (status, published_at desc);

-- The owner municipalities, the lead one first, with what the directory said of them when saved.
create table practice_municipality (
    practice_id   bigint       not null references practice (id) on delete cascade,
    position      integer      not null,
    ksh_code      varchar(5)   not null check (ksh_code ~ '^[0-9]{5}$'),
    name          varchar(200) not null,
    county        varchar(100) not null default '',
    legal_status  varchar(40)  not null,
    population    integer      not null check (population >= 0),
    primary key (practice_id, position)
);
create index practice_municipality_ksh on practice_municipality (ksh_code);

create table practice_theme (
    practice_id  bigint       not null references practice (id) on delete cascade,
    theme_id     bigint       not null,
    name_hu      varchar(300) not null,
    name_en      varchar(300) not null,
    primary key (practice_id, theme_id)
);

create table practice_tag (
    practice_id  bigint       not null references practice (id) on delete cascade,
    tag          varchar(60)  not null,
    primary key (practice_id, tag)
);

-- Addresses a practice had before its title changed: they keep answering with a redirect.
create table practice_old_slug (
    slug         varchar(120) primary key,
    practice_id  bigint       not null references practice (id) on delete cascade
);

-- Every change: who made it, when, what kind, and the record as it was after the change.
create table practice_revision (
    id           bigserial    primary key,
    practice_id  bigint       not null references practice (id) on delete cascade,
    revised_at   timestamptz  not null,
    revised_by   varchar(254) not null,
    change       varchar(30)  not null,
    snapshot     text         not null
);
create index practice_revision_practice on practice_revision (practice_id, revised_at desc);

create table practice_attachment (
    id            bigserial    primary key,
    practice_id   bigint       not null references practice (id) on delete cascade,
    file_name     varchar(200) not null,
    content_type  varchar(40)  not null check (content_type in ('application/pdf', 'image/png', 'image/jpeg')),
    size_bytes    integer      not null check (size_bytes > 0),
    content       bytea        not null,
    uploaded_at   timestamptz  not null,
    uploaded_by   varchar(254) not null
);
create index practice_attachment_practice on practice_attachment (practice_id);

-- "We are adapting this practice": one note per municipality and practice.
create table practice_adoption (
    id                bigserial    primary key,
    practice_id       bigint       not null references practice (id) on delete cascade,
    ksh_code          varchar(5)   not null,
    municipality_name varchar(200) not null,
    account_email     varchar(254) not null,
    note              varchar(1000) not null default '',
    created_at        timestamptz  not null,
    unique (practice_id, ksh_code)
);
