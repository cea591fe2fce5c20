import { Group, Select, TextInput } from '@mantine/core';

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
    <Group align="flex-end" gap="sm" role="search" aria-label="Filter releases">
      <TextInput
        label="Search"
        placeholder="Key or name"
        type="search"
        value={search}
        onChange={(event) => onSearchChange(event.currentTarget.value)}
        w={240}
      />
      <Select
        label="State"
        placeholder="Any state"
        data={stateOptions}
        value={filters.state}
        onChange={(value) => onChange({ state: value })}
        clearable
        w={220}
      />
    </Group>
  );
}
