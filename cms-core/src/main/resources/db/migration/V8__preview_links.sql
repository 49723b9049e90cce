-- Preview links: signed, expiring, revocable addresses that show one draft revision to someone without an
-- account. The signature key is generated once and kept here unless cms.preview.secret is configured.
create sequence preview_link_seq start with 50 increment by 50;

create table preview_link (
    id          bigint                   not null,
    item_id     bigint                   not null,
    revision_id bigint                   not null,
    created_by  varchar(64)              not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    revoked_by  varchar(64),
    revoked_at  timestamp with time zone,
    version     bigint                   not null,
    constraint pk_preview_link primary key (id),
    constraint fk_preview_link_item foreign key (item_id) references content_item (id),
    constraint fk_preview_link_revision foreign key (revision_id) references revision (id)
);

create table signing_key (
    name       varchar(64)              not null,
    secret     varchar(128)             not null,
    created_at timestamp with time zone not null,
    constraint pk_signing_key primary key (name)
);
