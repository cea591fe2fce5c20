-- Configuration items: what a change touches. Relations, history and impact come later.
create table configuration_item (
    id          uuid primary key,
    ci_key      varchar(20)  not null unique,
    name        varchar(200) not null,
    type        varchar(40)  not null,
    environment varchar(40)  not null,
    criticality varchar(20)  not null,
    owner_group varchar(100) not null,
    version     varchar(100),
    created_at  timestamptz  not null
);

create sequence configuration_item_number;
