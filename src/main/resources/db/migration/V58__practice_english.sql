-- The English version of a practice's texts, beside the Hungarian ones; empty where there is none. Whether it is
-- missing, a machine draft not yet reviewed by a person, or reviewed.
alter table practice
    add column title_en            varchar(200)  not null default '',
    add column summary_en          varchar(1000) not null default '',
    add column problem_en          text          not null default '',
    add column solution_en         text          not null default '',
    add column implementation_en   text          not null default '',
    add column partners_en         text          not null default '',
    add column resources_en        text          not null default '',
    add column results_en          text          not null default '',
    add column innovation_en       text          not null default '',
    add column sustainability_en   text          not null default '',
    add column transferability_en  text          not null default '',
    add column challenges_en       text          not null default '',
    add column english_version     varchar(20)   not null default 'MISSING'
        check (english_version in ('MISSING', 'MACHINE_DRAFTED', 'REVIEWED'));
