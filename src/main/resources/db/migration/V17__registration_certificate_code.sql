-- The attendance certificate's verification code: random, unguessable, given when the registrant first joins
-- the meeting, printed on the certificate as /igazolas/{code}. Kept when retention anonymises the registration,
-- so a certificate stays verifiable (as issued) after the personal data is gone.
alter table registration add column certificate_code varchar(64) unique;

-- Registrants who joined before this column existed get their code now (gen_random_uuid is in core PostgreSQL 13+).
update registration set certificate_code = replace(gen_random_uuid()::text, '-', '')
where first_joined_at is not null and certificate_code is null;
