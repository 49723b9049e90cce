-- Uploaded PDFs, kept in the database (outside any web root, in the same backups and transactions as the
-- revisions that point to them). A file is stored once per SHA-256 and never changed or deleted: a document's
-- older revisions keep pointing to the files they had.
create sequence stored_file_seq start with 50 increment by 50;

create table stored_file (
    id          bigint                   not null,
    sha256      varchar(64)              not null,
    media_type  varchar(100)             not null,
    size_bytes  bigint                   not null,
    file_name   varchar(200)             not null,
    uploaded_by varchar(64)              not null,
    uploaded_at timestamp with time zone not null,
    constraint pk_stored_file primary key (id),
    constraint uq_stored_file_sha256 unique (sha256)
);

-- The bytes apart from the description, so listing or checking files never loads them.
create table stored_file_content (
    file_id bigint not null,
    content bytea  not null,
    constraint pk_stored_file_content primary key (file_id),
    constraint fk_stored_file_content_file foreign key (file_id) references stored_file (id)
);
