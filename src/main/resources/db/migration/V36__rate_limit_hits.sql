-- Attempts per rate-limited key and time window, shared by every app instance so that
-- several instances allow together what one allows. Keys are stored as SHA-256 only: no
-- client address or e-mail address is kept here. Rows expire after two windows.
create table rate_limit_hits (
    key_hash     bytea       not null,
    window_start timestamptz not null,
    hits         integer     not null,
    expires_at   timestamptz not null,
    primary key (key_hash, window_start)
);

create index rate_limit_hits_expires_at on rate_limit_hits (expires_at);
