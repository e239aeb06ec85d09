-- Spring Modulith's event publication registry: an event handed from one module to another survives a crash.
create table event_publication (
    id                      uuid                     not null primary key,
    listener_id             text                     not null,
    event_type              text                     not null,
    serialized_event        text                     not null,
    publication_date        timestamp with time zone not null,
    completion_date         timestamp with time zone,
    status                  varchar(20),
    completion_attempts     integer                  not null default 0,
    last_resubmission_date  timestamp with time zone
);
create index event_publication_incomplete on event_publication (publication_date) where completion_date is null;

create table event_publication_archive (
    id                      uuid                     not null primary key,
    listener_id             text                     not null,
    event_type              text                     not null,
    serialized_event        text                     not null,
    publication_date        timestamp with time zone not null,
    completion_date         timestamp with time zone,
    status                  varchar(20),
    completion_attempts     integer                  not null default 0,
    last_resubmission_date  timestamp with time zone
);
