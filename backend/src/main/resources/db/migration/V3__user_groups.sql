-- Groups a user belongs to besides their roles: the teams that own services (commerce, platform,
-- network) and the approval groups a CAB policy can ask for (dba, security).
create table app_user_group (
    user_id    uuid         not null references app_user (id) on delete cascade,
    group_name varchar(100) not null,
    primary key (user_id, group_name)
);
