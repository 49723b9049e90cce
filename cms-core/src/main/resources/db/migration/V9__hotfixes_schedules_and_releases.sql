-- Hotfixes: a revision may branch from the live one while a draft waits (kind HOTFIX), and a draft revision may
-- merge such a fix back (merged_revision_id). Numbers stay unique per item, so the item counts them itself:
-- the newest number is no longer always the latest revision's.
alter table revision add column kind varchar(10) default 'EDIT' not null;
alter table revision add column merged_revision_id bigint;
alter table revision
    add constraint fk_revision_merged foreign key (merged_revision_id) references revision (id);

alter table content_item add column revision_count integer default 0 not null;
update content_item set revision_count = (select coalesce(max(r.number), 0) from revision r where r.item_id = content_item.id);

-- Releases: revisions of several items reviewed as a whole and published together, in one transaction.
create sequence content_release_seq start with 50 increment by 50;
create sequence content_release_entry_seq start with 50 increment by 50;

create table content_release (
    id              bigint                   not null,
    title           varchar(200)             not null,
    description     varchar(2000)            not null,
    state           varchar(20)              not null,
    created_by      varchar(64)              not null,
    created_at      timestamp with time zone not null,
    submitted_by    varchar(64),
    submitted_at    timestamp with time zone,
    decided_by      varchar(64),
    decided_at      timestamp with time zone,
    decision_note   varchar(4000),
    published_by    varchar(64),
    published_at    timestamp with time zone,
    version         bigint                   not null,
    constraint pk_content_release primary key (id)
);

create table content_release_entry (
    id           bigint                   not null,
    release_id   bigint                   not null,
    item_id      bigint                   not null,
    revision_id  bigint                   not null,
    content_hash varchar(64)              not null,
    added_by     varchar(64)              not null,
    added_at     timestamp with time zone not null,
    constraint pk_content_release_entry primary key (id),
    constraint uq_content_release_entry_item unique (release_id, item_id),
    constraint fk_content_release_entry_release foreign key (release_id) references content_release (id),
    constraint fk_content_release_entry_item foreign key (item_id) references content_item (id),
    constraint fk_content_release_entry_revision foreign key (revision_id) references revision (id)
);

-- Schedules: a publication, an unpublication or a release to run at a moment. Stored, so they survive restarts;
-- claimed with SELECT ... FOR UPDATE SKIP LOCKED, so several instances on one database run each exactly once.
create sequence publication_schedule_seq start with 50 increment by 50;

create table publication_schedule (
    id              bigint                   not null,
    action          varchar(20)              not null,
    item_id         bigint,
    revision_id     bigint,
    content_hash    varchar(64),
    release_id      bigint,
    due_at          timestamp with time zone not null,
    time_zone       varchar(64)              not null,
    note            varchar(2000)            not null,
    state           varchar(20)              not null,
    attempts        integer                  not null,
    next_attempt_at timestamp with time zone not null,
    last_error      varchar(4000),
    requested_by    varchar(64)              not null,
    requested_at    timestamp with time zone not null,
    finished_at     timestamp with time zone,
    late_by_seconds bigint,
    cancelled_by    varchar(64),
    version         bigint                   not null,
    constraint pk_publication_schedule primary key (id),
    constraint fk_publication_schedule_item foreign key (item_id) references content_item (id),
    constraint fk_publication_schedule_revision foreign key (revision_id) references revision (id),
    constraint fk_publication_schedule_release foreign key (release_id) references content_release (id)
);

create index ix_publication_schedule_due on publication_schedule (state, next_attempt_at);

-- A review of a hotfix runs beside the review of the draft line; neither voids the other.
alter table review add column on_hotfix boolean default false not null;
