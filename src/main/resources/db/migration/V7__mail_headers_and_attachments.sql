-- Extra headers (List-Unsubscribe…) and files (calendar entries…) that go out with an outbox message.
create table mail_outbox_header (
    message_id  bigint        not null references mail_outbox (id) on delete cascade,
    name        varchar(100)  not null,
    value       varchar(2000) not null,
    primary key (message_id, name)
);

create table mail_outbox_attachment (
    message_id    bigint        not null references mail_outbox (id) on delete cascade,
    position      integer       not null,
    filename      varchar(200)  not null,
    content_type  varchar(200)  not null,
    content       bytea         not null,
    primary key (message_id, position)
);
