-- One place for questions: the questions registrants asked on the registration form or their personal page
-- (registration module, V9) become questions of the questions module, awaiting the moderator, attached to
-- the conference as a whole; the old table goes. A one-off move of data between modules, done here so that
-- nothing is lost or kept twice.
insert into question (conference_id, agenda_item_id, registration_id, author_name, anonymous, text, status, asked_at)
select r.conference_id, null,
       case when r.anonymised_at is null then r.id end,
       case when r.anonymised_at is null then r.family_name || ' ' || r.given_name end,
       false, q.text, 'NEW', q.asked_at
from registration_question q
join registration r on r.id = q.registration_id
order by q.asked_at, q.id;

drop table registration_question;
