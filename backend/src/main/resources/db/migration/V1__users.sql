-- People who sign in, and their roles. Passwords are stored hashed (delegating encoder, bcrypt).
create table app_user (
    id            uuid primary key,
    username      varchar(100) not null unique,
    display_name  varchar(200) not null,
    password_hash varchar(200) not null,
    created_at    timestamptz  not null
);

create table app_user_role (
    user_id uuid        not null references app_user (id) on delete cascade,
    role    varchar(40) not null,
    primary key (user_id, role)
);
