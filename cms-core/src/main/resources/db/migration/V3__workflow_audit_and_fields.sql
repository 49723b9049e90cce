-- Structured fields per revision, archiving, reviewer groups, the review workflow and the audit trail.

alter table revision add column fields varchar(100000) default '{}' not null;
alter table content_item add column archived boolean default false not null;

create table staff_account_group (
    account_id bigint      not null,
    group_name varchar(64) not null,
    constraint pk_staff_account_group primary key (account_id, group_name),
    constraint fk_staff_account_group_account foreign key (account_id) references staff_account (id)
);

create sequence workflow_definition_seq start with 50 increment by 50;
create table workflow_definition (
    id           bigint      not null,
    content_type varchar(40) not null,
    version      bigint      not null,
    constraint pk_workflow_definition primary key (id),
    constraint uq_workflow_definition_type unique (content_type)
);
create table workflow_step (
    definition_id  bigint       not null,
    position       integer      not null,
    name           varchar(100) not null,
    reviewer_group varchar(64)  not null,
    constraint pk_workflow_step primary key (definition_id, position),
    constraint fk_workflow_step_definition foreign key (definition_id) references workflow_definition (id)
);

create sequence review_seq start with 50 increment by 50;
create table review (
    id              bigint                   not null,
    item_id         bigint                   not null,
    revision_id     bigint                   not null,
    revision_number integer                  not null,
    content_hash    varchar(64)              not null,
    state           varchar(20)              not null,
    current_step    integer                  not null,
    submitted_by    varchar(100)             not null,
    submitted_at    timestamp with time zone not null,
    closed_at       timestamp with time zone,
    closing_reason  varchar(4000),
    version         bigint                   not null,
    constraint pk_review primary key (id),
    constraint fk_review_item foreign key (item_id) references content_item (id),
    constraint fk_review_revision foreign key (revision_id) references revision (id)
);
create index ix_review_item on review (item_id);
create index ix_review_revision on review (revision_id);
create index ix_review_state on review (state);

create table review_step (
    review_id      bigint       not null,
    position       integer      not null,
    name           varchar(100) not null,
    reviewer_group varchar(64)  not null,
    constraint pk_review_step primary key (review_id, position),
    constraint fk_review_step_review foreign key (review_id) references review (id)
);

create sequence review_decision_seq start with 50 increment by 50;
create table review_decision (
    id           bigint                   not null,
    review_id    bigint                   not null,
    step_index   integer                  not null,
    step_name    varchar(100)             not null,
    outcome      varchar(20)              not null,
    actor        varchar(100)             not null,
    revision_id  bigint                   not null,
    content_hash varchar(64)              not null,
    comment      varchar(4000)            not null,
    decided_at   timestamp with time zone not null,
    constraint pk_review_decision primary key (id),
    constraint fk_review_decision_review foreign key (review_id) references review (id)
);

create sequence review_comment_seq start with 50 increment by 50;
create table review_comment (
    id          bigint                   not null,
    review_id   bigint                   not null,
    revision_id bigint                   not null,
    author      varchar(100)             not null,
    text        varchar(4000)            not null,
    written_at  timestamp with time zone not null,
    constraint pk_review_comment primary key (id),
    constraint fk_review_comment_review foreign key (review_id) references review (id)
);

create sequence audit_entry_seq start with 50 increment by 50;
create table audit_entry (
    id          bigint                   not null,
    occurred_at timestamp with time zone not null,
    actor       varchar(100)             not null,
    action      varchar(60)              not null,
    item_id     bigint,
    item_path   varchar(400),
    revision_id bigint,
    detail      varchar(4000)            not null,
    constraint pk_audit_entry primary key (id)
);
create index ix_audit_entry_item on audit_entry (item_id);
