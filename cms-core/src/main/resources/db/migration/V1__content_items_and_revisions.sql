-- Content items and their immutable revisions. Portable SQL: runs unchanged on H2 2.x and PostgreSQL.
-- Sequences step by 50 to match the JPA allocationSize; they start at 50 because EclipseLink treats the value it
-- reads as the end of a block of 50.

create sequence content_item_seq start with 50 increment by 50;
create sequence revision_seq start with 50 increment by 50;

create table content_item (
    id                 bigint                   not null,
    content_type       varchar(40)              not null,
    path               varchar(400)             not null,
    latest_revision_id bigint,
    live_revision_id   bigint,
    created_at         timestamp with time zone not null,
    version            bigint                   not null,
    constraint pk_content_item primary key (id),
    constraint uq_content_item_path unique (path)
);

create table revision (
    id               bigint                   not null,
    item_id          bigint                   not null,
    number           integer                  not null,
    base_revision_id bigint,
    author           varchar(100)             not null,
    created_at       timestamp with time zone not null,
    change_note      varchar(1000)            not null,
    title            varchar(400)             not null,
    description      varchar(2000)            not null,
    body             varchar(1000000)         not null,
    content_hash     varchar(64)              not null,
    constraint pk_revision primary key (id),
    constraint uq_revision_item_number unique (item_id, number),
    constraint fk_revision_item foreign key (item_id) references content_item (id),
    constraint fk_revision_base foreign key (base_revision_id) references revision (id)
);

alter table content_item
    add constraint fk_content_item_latest foreign key (latest_revision_id) references revision (id);
alter table content_item
    add constraint fk_content_item_live foreign key (live_revision_id) references revision (id);

create index ix_revision_item on revision (item_id);
