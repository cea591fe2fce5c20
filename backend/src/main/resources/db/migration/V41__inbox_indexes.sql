-- The inbox is filtered, sorted and paged in SQL (InboxQueries). Open tasks are the small,
-- hot part of the table, so most indexes are partial.
-- A group's unassigned tasks: the candidate tests use @> and &&, which GIN answers.
create index human_task_open_candidate_groups on human_task using gin (candidate_groups)
    where state = 'OPEN' and assignee is null;
create index human_task_open_candidate_users on human_task using gin (candidate_users)
    where state = 'OPEN' and assignee is null;
-- Everything open (auditors, change managers), in each of the three orders: read in index
-- order until the page is full instead of sorting every open task.
create index human_task_open_by_due on human_task (due_at, priority, created_at, id)
    where state = 'OPEN';
create index human_task_open_by_priority on human_task (priority, due_at, created_at, id)
    where state = 'OPEN';
create index human_task_open_by_age on human_task (created_at, id)
    where state = 'OPEN';
-- A person's own tasks, open ones and their history.
drop index human_task_assignee;
create index human_task_assignee on human_task (assignee, state);
