-- The duplicate check (ChangeRepository.findOpenDuplicate) compares a requester's titles
-- normalised in SQL: lower case, whitespace collapsed and trimmed. The expression here must
-- stay the query's, letter for letter, for the index to serve it.
create index change_request_duplicate
    on change_request (requester, (lower(btrim(regexp_replace(title, '\s+', ' ', 'g')))));
