-- The evaluation owns an application's stage and its audit log; the application's status
-- follows the evaluation's news, delivered after the commit, possibly twice or out of order.
-- The application remembers the last news it showed and ignores older news.
alter table submission add column news_sequence integer not null default 0;
