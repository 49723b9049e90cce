-- Autosave: one working copy per editor and item, replaced on every autosave and removed when the editor saves a
-- revision. It never becomes history by itself: only a deliberate save makes a revision.
create sequence working_copy_seq start with 50 increment by 50;

create table working_copy (
    id               bigint                   not null,
    item_id          bigint                   not null,
    username         varchar(64)              not null,
    base_revision_id bigint                   not null,
    title            varchar(400)             not null,
    description      varchar(2000)            not null,
    body             varchar(1000000)         not null,
    fields           varchar(100000)          not null,
    saved_at         timestamp with time zone not null,
    constraint pk_working_copy primary key (id),
    constraint uq_working_copy_item_user unique (item_id, username),
    constraint fk_working_copy_item foreign key (item_id) references content_item (id),
    constraint fk_working_copy_base foreign key (base_revision_id) references revision (id)
);
