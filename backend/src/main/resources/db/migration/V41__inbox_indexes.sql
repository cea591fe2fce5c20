-- The inbox is filtered, sorted and paged in SQL (InboxQueries). Open tasks are a small,
-- hot part of the table, so the indexes are partial.
-- A group's unassigned tasks: the candidate tests use @> and &&, which GIN answers.
create index human_task_open_candidate_groups on human_task using gin (candidate_groups)
    where state = 'OPEN' and assignee is null;
create index human_task_open_candidate_users on human_task using gin (candidate_users)
    where state = 'OPEN' and assignee is null;
-- Everything open (auditors, change managers) in the default order, read in index order
-- until the page is full.
create index human_task_open_by_due on human_task (due_at, priority, created_at, id)
    where state = 'OPEN';
