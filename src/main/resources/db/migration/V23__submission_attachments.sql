-- An application's attachments (PDF, JPEG, PNG, DOCX, checked by their bytes), kept in the database with the
-- application: app instances share nothing but PostgreSQL, the upload commits or rolls back with the change that
-- makes it, and the database backup holds the whole application.
create table submission_attachment (
    id             bigserial     primary key,
    submission_id  bigint        not null references submission (id) on delete cascade,
    filename       varchar(200)  not null,
    content_type   varchar(100)  not null,
    size_bytes     integer       not null check (size_bytes > 0),
    content        bytea         not null,
    uploaded_at    timestamptz   not null,
    uploaded_by    varchar(254)  not null
);
create index submission_attachment_by_submission on submission_attachment (submission_id);
