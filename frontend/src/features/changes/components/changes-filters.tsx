import { Select, Switch } from '@mantine/core';

import { ListFilterBar } from '@/components/data-list/list-filter-bar';

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

/** Search and state like every list, then what only changes have: class, priority, "mine". */
export function ChangesFilters({ filters, search, onSearchChange, onChange }: ChangesFiltersProps) {
  return (
    <ListFilterBar
      label="Filter changes"
      search={search}
      onSearchChange={onSearchChange}
      searchPlaceholder="Key or title"
      stateOptions={stateOptions}
      state={filters.state}
      onStateChange={(state) => onChange({ state })}
    >
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
    </ListFilterBar>
  );
}
