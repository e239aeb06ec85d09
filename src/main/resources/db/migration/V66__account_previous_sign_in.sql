-- The sign-in before the current one, which "Fiókom" shows so that a sign-in nobody remembers stands out
-- (the last one is always the one just made).
alter table account add column previous_sign_in_at timestamp with time zone;
