-- The English version of a speaker's or moderator's post, organisation and bio; empty where there is none, and the
-- English pages show the Hungarian text then. Names are names: they have no English version.
alter table conference_person
    add column post_en          varchar(300) not null default '',
    add column organisation_en  varchar(300) not null default '',
    add column bio_en           text         not null default '';
