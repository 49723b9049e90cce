-- Staff accounts for the admin. Passwords are PBKDF2 hashes that carry their own parameters.

create sequence staff_account_seq start with 50 increment by 50;

create table staff_account (
    id                   bigint                   not null,
    username             varchar(64)              not null,
    display_name         varchar(200)             not null,
    password_hash        varchar(400)             not null,
    enabled              boolean                  not null,
    must_change_password boolean                  not null,
    created_at           timestamp with time zone not null,
    version              bigint                   not null,
    constraint pk_staff_account primary key (id),
    constraint uq_staff_account_username unique (username)
);

create table staff_account_role (
    account_id bigint      not null,
    role       varchar(40) not null,
    constraint pk_staff_account_role primary key (account_id, role),
    constraint fk_staff_account_role_account foreign key (account_id) references staff_account (id)
);
