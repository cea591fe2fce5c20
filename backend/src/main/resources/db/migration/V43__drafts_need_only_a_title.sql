-- A requester may save a draft with only a title and complete it later. From submission on an
-- RFC has everything the process relies on: the application checks it field by field (400
-- naming each missing one), this constraint makes sure no path around it stores less.
-- A draft withdrawn before submission may stay incomplete.
alter table change_request
    alter column description drop not null,
    alter column justification drop not null,
    alter column category drop not null,
    alter column impact drop not null,
    alter column urgency drop not null,
    alter column implementation_plan drop not null,
    alter column test_plan drop not null,
    alter column backout_plan drop not null,
    alter column planned_start drop not null,
    alter column planned_end drop not null,
    alter column time_zone drop not null;

alter table change_request
    add constraint change_request_complete_once_submitted check (
        state = 'DRAFT'
        or (state = 'WITHDRAWN' and submitted_at is null)
        or (description is not null and justification is not null and category is not null
            and impact is not null and urgency is not null
            and implementation_plan is not null and test_plan is not null and backout_plan is not null
            and planned_start is not null and planned_end is not null and time_zone is not null));
