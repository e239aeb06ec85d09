-- An applicant account may act for several municipalities, and a municipality may have several applicant accounts:
-- one row per account and municipality, instead of one per account that a second claim overwrote (taking the first
-- municipality's applications away from their own authors).
alter table submission_applicant drop constraint submission_applicant_email_key;
alter table submission_applicant add constraint submission_applicant_one_per_municipality unique (email, ksh_code);
create index submission_applicant_by_email on submission_applicant (email);

-- The municipality an applicant was invited for, which used to count as approved without a row, becomes a row:
-- approved when the office invited them. A claim of the same municipality already recorded keeps its own state.
insert into submission_applicant (email, ksh_code, status, requested_at, decided_at, decided_by)
select lower(a.email), a.municipality_ksh_code, 'APPROVED', a.created_at, a.created_at, null
from account a
where a.role = 'APPLICANT' and a.municipality_ksh_code is not null
on conflict (email, ksh_code) do nothing;

-- Whoever wrote or submitted an application was approved for its municipality then; a later claim of another
-- municipality overwrote that approval, so it is restored from the application itself.
insert into submission_applicant (email, ksh_code, status, requested_at, decided_at, decided_by)
select author.email, author.ksh_code, 'APPROVED', min(author.at), min(author.at), null
from (select lower(created_by) as email, ksh_code, created_at as at from submission
      union all
      select lower(submitted_by), ksh_code, submitted_at from submission where submitted_by is not null) author
group by author.email, author.ksh_code
on conflict (email, ksh_code) do nothing;
