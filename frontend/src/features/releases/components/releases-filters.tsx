import { ListFilterBar } from '@/components/data-list/list-filter-bar';
import { ListPeriod } from '@/components/data-list/list-period';
import { ListSort } from '@/components/data-list/list-sort';

import type { ListFilters } from '../utils/list-filters';
import {
  RELEASE_DATE_LABELS,
  RELEASE_DATES,
  RELEASE_SORT_LABELS,
  RELEASE_SORTS,
  RELEASE_STATES,
  stateLabel,
} from '../utils/vocabulary';

type ReleasesFiltersProps = {
  filters: ListFilters;
  /** The search box as typed; it reaches `filters.q` debounced. */
  search: string;
  onSearchChange: (q: string) => void;
  onChange: (patch: Partial<ListFilters>) => void;
};

const stateOptions = RELEASE_STATES.map((state) => ({ value: state, label: stateLabel(state) }));
const dateOptions = RELEASE_DATES.map((value) => ({ value, label: RELEASE_DATE_LABELS[value] }));
const sortOptions = RELEASE_SORTS.map((value) => ({ value, label: RELEASE_SORT_LABELS[value] }));

export function ReleasesFilters({
  filters,
  search,
  onSearchChange,
  onChange,
}: ReleasesFiltersProps) {
  return (
    <ListFilterBar
      label="Filter releases"
      search={search}
      onSearchChange={onSearchChange}
      searchPlaceholder="Key or name"
      stateOptions={stateOptions}
      state={filters.state}
      onStateChange={(state) => onChange({ state })}
    >
      <ListPeriod
        dateOptions={dateOptions}
        date={filters.date ?? 'CREATED'}
        onDateChange={(date) => onChange({ date })}
        from={filters.from}
        to={filters.to}
        onPeriodChange={onChange}
      />
      <ListSort
        options={sortOptions}
        value={filters.sort ?? 'CREATED'}
        onChange={(sort) => onChange({ sort })}
      />
    </ListFilterBar>
  );
}
