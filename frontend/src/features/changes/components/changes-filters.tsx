import { Group, MultiSelect, Select, Switch, TextInput } from '@mantine/core';

import type { ListFilters } from '../utils/list-filters';
import {
  CHANGE_CLASSES,
  CHANGE_STATES,
  CLASS_LABELS,
  PRIORITIES,
  STATE_LABELS,
} from '../utils/vocabulary';

type ChangesFiltersProps = {
  filters: ListFilters;
  /** The search box as typed; it reaches `filters.q` debounced. */
  search: string;
  onSearchChange: (q: string) => void;
  onChange: (patch: Partial<ListFilters>) => void;
};

const stateOptions = CHANGE_STATES.map((state) => ({ value: state, label: STATE_LABELS[state] }));
const classOptions = CHANGE_CLASSES.map((value) => ({ value, label: CLASS_LABELS[value] }));

export function ChangesFilters({ filters, search, onSearchChange, onChange }: ChangesFiltersProps) {
  return (
    <Group align="flex-end" gap="sm" role="search" aria-label="Filter changes">
      <TextInput
        label="Search"
        placeholder="Key or title"
        type="search"
        value={search}
        onChange={(event) => onSearchChange(event.currentTarget.value)}
        w={220}
      />
      <MultiSelect
        label="State"
        placeholder={filters.state.length === 0 ? 'Any state' : undefined}
        data={stateOptions}
        value={filters.state}
        onChange={(state) => onChange({ state: state })}
        clearable
        searchable
        miw={220}
        maw={420}
      />
      <Select
        label="Class"
        placeholder="Any class"
        data={classOptions}
        value={filters.changeClass}
        onChange={(value) => onChange({ changeClass: value })}
        clearable
        w={150}
      />
      <Select
        label="Priority"
        placeholder="Any priority"
        data={[...PRIORITIES]}
        value={filters.priority}
        onChange={(value) => onChange({ priority: value })}
        clearable
        w={140}
      />
      <Switch
        label="Mine"
        checked={filters.mine}
        onChange={(event) => onChange({ mine: event.currentTarget.checked })}
        mb={8}
      />
    </Group>
  );
}
