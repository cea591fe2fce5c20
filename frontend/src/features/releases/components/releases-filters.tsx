import { ListFilterBar } from '@/components/data-list/list-filter-bar';

import type { ListFilters } from '../utils/list-filters';
import { RELEASE_STATES, stateLabel } from '../utils/vocabulary';

type ReleasesFiltersProps = {
  filters: ListFilters;
  /** The search box as typed; it reaches `filters.q` debounced. */
  search: string;
  onSearchChange: (q: string) => void;
  onChange: (patch: Partial<ListFilters>) => void;
};

const stateOptions = RELEASE_STATES.map((state) => ({ value: state, label: stateLabel(state) }));

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
    />
  );
}
