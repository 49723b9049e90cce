-- Failed sign-ins per account name and per client (both hashed), for throttling password guessing.
create table sign_in_failures (
    throttle_key    varchar(60)              not null,
    failures        integer                  not null,
    locked_until    timestamp with time zone,
    last_failure_at timestamp with time zone not null,
    constraint pk_sign_in_failures primary key (throttle_key)
);
