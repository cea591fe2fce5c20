import { Button, Select, SimpleGrid } from '@mantine/core';

import type { TaskQuery } from '../api/get-tasks';
import {
  DEFAULT_SORT,
  DUE_OPTIONS,
  isFiltered,
  KIND_OPTIONS,
  PRIORITIES,
  SORT_OPTIONS,
  withFilter,
} from '../utils/inbox-filters';

type TaskFiltersProps = { query: TaskQuery; onChange: (query: TaskQuery) => void };

/** Kind, priority and due filters and the order; the server applies them. */
export function TaskFilters({ query, onChange }: TaskFiltersProps) {
  const set = (name: 'kind' | 'priority' | 'due' | 'sort') => (value: string | null) =>
    onChange(withFilter(query, name, value));
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="sm" verticalSpacing="xs">
      <Select
        label="Kind"
        placeholder="Any kind"
        data={KIND_OPTIONS}
        value={query.kind ?? null}
        onChange={set('kind')}
        clearable
      />
      <Select
        label="Priority"
        placeholder="Any priority"
        data={[...PRIORITIES]}
        value={query.priority ?? null}
        onChange={set('priority')}
        clearable
      />
      <Select
        label="Due"
        placeholder="Any time"
        data={[...DUE_OPTIONS]}
        value={query.due ?? null}
        onChange={set('due')}
        clearable
      />
      <Select
        label="Sort by"
        data={[...SORT_OPTIONS]}
        value={query.sort ?? DEFAULT_SORT}
        onChange={set('sort')}
        allowDeselect={false}
      />
      <Button
        variant="subtle"
        disabled={!isFiltered(query)}
        onClick={() => onChange({ scope: query.scope, sort: query.sort })}
        style={{ alignSelf: 'end' }}
      >
        Clear filters
      </Button>
    </SimpleGrid>
  );
}
