-- The English name of the organisation that gives a theme's prize; empty where there is none.
alter table programme_theme
    add column prize_sponsor_en varchar(300) not null default '';
