-- An invitation campaign may carry, in each recipient's letter, the practices that fit its municipality (issue 20).
alter table invitation_campaign add column practices_that_fit boolean not null default false;
