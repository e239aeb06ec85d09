-- A registrant's optional title before the name ("dr."), for the formal salutation of the registration mails.
alter table registration add column if not exists prefix varchar(40) not null default '';
