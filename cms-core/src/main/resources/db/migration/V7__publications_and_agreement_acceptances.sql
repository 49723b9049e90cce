-- Every time a revision goes live it becomes a numbered public version of its item: the legal record behind
-- policy permalinks (/…/v/3) and the policy feed. Rows are only ever added.
create sequence publication_seq start with 50 increment by 50;

create table publication (
    id           bigint                   not null,
    item_id      bigint                   not null,
    revision_id  bigint                   not null,
    version      integer                  not null,
    published_at timestamp with time zone not null,
    published_by varchar(64)              not null,
    constraint pk_publication primary key (id),
    constraint uq_publication_item_version unique (item_id, version),
    constraint fk_publication_item foreign key (item_id) references content_item (id),
    constraint fk_publication_revision foreign key (revision_id) references revision (id)
);

-- A visitor agreed to one exact published version of an agreement before downloading a document. The visitor is
-- known only by the SHA-256 of a random secret kept in their browser's cookie: no address, no account.
create sequence agreement_acceptance_seq start with 50 increment by 50;

create table agreement_acceptance (
    id                    bigint                   not null,
    agreement_path        varchar(400)             not null,
    agreement_version     integer                  not null,
    agreement_revision_id bigint                   not null,
    document_path         varchar(400)             not null,
    visitor_reference     varchar(64)              not null,
    accepted_at           timestamp with time zone not null,
    constraint pk_agreement_acceptance primary key (id),
    constraint fk_agreement_acceptance_revision foreign key (agreement_revision_id) references revision (id)
);

create index ix_agreement_acceptance_accepted_at on agreement_acceptance (accepted_at);
