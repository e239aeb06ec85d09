-- Evaluators and the committee download applicants' attachments; each download is logged.
create table evaluation_attachment_download (
    id             bigserial     primary key,
    submission_id  bigint        not null,
    attachment_id  bigint        not null,
    downloaded_by  varchar(254)  not null,
    downloaded_at  timestamptz   not null
);
create index evaluation_attachment_download_by_submission on evaluation_attachment_download (submission_id);
