import { Select, Switch } from '@mantine/core';

import { ListFilterBar } from '@/components/data-list/list-filter-bar';
import { ListPeriod } from '@/components/data-list/list-period';
import { ListSort } from '@/components/data-list/list-sort';

import type { ListFilters } from '../utils/list-filters';
import {
  CHANGE_CLASSES,
  CHANGE_DATES,
  CHANGE_SORTS,
  CHANGE_STATES,
  CLASS_LABELS,
  DATE_LABELS,
  PRIORITIES,
  SORT_LABELS,
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
const dateOptions = CHANGE_DATES.map((value) => ({ value, label: DATE_LABELS[value] }));
const sortOptions = CHANGE_SORTS.map((value) => ({ value, label: SORT_LABELS[value] }));

/**
 * Search and state like every list, then what only changes have: class, priority, "mine"; then a
 * period on a chosen date and the order.
 */
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
      <ListPeriod
        dateOptions={dateOptions}
        date={filters.date ?? 'SUBMITTED'}
        onDateChange={(date) => onChange({ date })}
        from={filters.from}
        to={filters.to}
        onPeriodChange={onChange}
      />
      <ListSort
        options={sortOptions}
        value={filters.sort ?? 'SUBMITTED'}
        onChange={(sort) => onChange({ sort })}
      />
    </ListFilterBar>
  );
}
