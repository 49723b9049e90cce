-- A workflow may require a different approver for each of its steps (issue 18). Every stored workflow gets it:
-- the defaults ask for it (policies pass Communications and then Legal review: two people, not one in both
-- groups), and with a single step it changes nothing.
alter table workflow_definition add column distinct_approvers boolean default true not null;

-- A review keeps the rule it started with, as it keeps its steps; reviews already running started without it.
alter table review add column distinct_approvers boolean default false not null;

-- "Save my version on top of theirs" in the editor's conflict dialog tells each author whose revisions were saved
-- over, on their dashboard, until they dismiss it (issue 18).
create sequence overwrite_notice_seq start with 50 increment by 50;

create table overwrite_notice (
    id              bigint                   not null,
    item_id         bigint                   not null,
    recipient       varchar(64)              not null,
    saved_by        varchar(64)              not null,
    saved_revision  integer                  not null,
    overwritten     varchar(1000)            not null,
    created_at      timestamp with time zone not null,
    dismissed_at    timestamp with time zone,
    constraint pk_overwrite_notice primary key (id),
    constraint fk_overwrite_notice_item foreign key (item_id) references content_item (id)
);

create index ix_overwrite_notice_recipient on overwrite_notice (recipient, dismissed_at);
