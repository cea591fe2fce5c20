import { Group, Select, TextInput } from '@mantine/core';

import { CI_TYPE_LABELS, CI_TYPES } from '@/components/cmdb/ci-vocabulary';

import type { ListFilters } from '../utils/list-filters';

const typeOptions = CI_TYPES.map((value) => ({ value, label: CI_TYPE_LABELS[value] }));

type CmdbFiltersProps = {
  filters: ListFilters;
  /** The search box as typed; it reaches `filters.q` debounced. */
  search: string;
  onSearchChange: (q: string) => void;
  onChange: (patch: Partial<ListFilters>) => void;
};

export function CmdbFilters({ filters, search, onSearchChange, onChange }: CmdbFiltersProps) {
  return (
    <Group align="flex-end" gap="sm" role="search" aria-label="Filter configuration items">
      <TextInput
        label="Search"
        placeholder="Key or name"
        type="search"
        value={search}
        onChange={(event) => onSearchChange(event.currentTarget.value)}
        w={220}
      />
      <Select
        label="Type"
        placeholder="Any type"
        data={typeOptions}
        value={filters.type}
        onChange={(type) => onChange({ type })}
        clearable
        w={220}
      />
    </Group>
  );
}
