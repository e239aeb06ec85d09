-- What kind of event of the programme year a conference is; those before were the knowledge programme's.
alter table conference add column kind varchar(32) not null default 'KNOWLEDGE_CONFERENCE';
