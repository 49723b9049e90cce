-- A release is reviewed through the union of its entries' workflow steps (a policy in a release still passes its
-- Communications review and its Legal review), each step decided by a member of its group.
create table release_step (
    release_id     bigint       not null,
    position       integer      not null,
    name           varchar(100) not null,
    reviewer_group varchar(64)  not null,
    constraint pk_release_step primary key (release_id, position),
    constraint fk_release_step_release foreign key (release_id) references content_release (id)
);

create table release_approval (
    release_id  bigint                   not null,
    step_index  integer                  not null,
    step_name   varchar(100)             not null,
    approved_by varchar(64)              not null,
    approved_at timestamp with time zone not null,
    note        varchar(4000),
    constraint pk_release_approval primary key (release_id, step_index),
    constraint fk_release_approval_release foreign key (release_id) references content_release (id)
);

-- Releases in review when this ran were submitted for the one review step that existed then.
insert into release_step (release_id, position, name, reviewer_group)
    select id, 0, 'Review', 'reviewers' from content_release where state = 'IN_REVIEW';
