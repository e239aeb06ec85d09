-- The English version of a conference's title and description and of its agenda items' titles; empty where there is
-- none, and the English pages show the Hungarian text then.
alter table conference
    add column title_en        varchar(300) not null default '',
    add column description_en  text         not null default '';
alter table agenda_item
    add column title_en        varchar(500) not null default '';
