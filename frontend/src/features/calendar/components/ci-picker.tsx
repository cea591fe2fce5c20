import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';

import { useCiSearch, type Ci, type CiType } from '../api/search-cis';

const ciLabel = (ci: Ci) => `${ci.key} · ${ci.name}`;

type CiPickerProps = {
  label: string;
  /** The chosen item's key, or null. */
  value: string | null;
  onChange: (key: string | null) => void;
  /** Only items of this type (a business service). */
  type?: CiType;
  placeholder?: string;
  description?: string;
  error?: string;
  withAsterisk?: boolean;
};

/**
 * One configuration item, found by searching the CMDB as the user types (as on the RFC form).
 * Labels of items found once are remembered, so the chosen one keeps its name.
 */
export function CiPicker({
  label,
  value,
  onChange,
  type,
  placeholder = 'Search by key or name',
  description,
  error,
  withAsterisk,
}: CiPickerProps) {
  const [search, setSearch] = useState('');
  // A cache that only grows (a key's label never changes), so filling it while rendering is safe.
  const [labels] = useState(() => new Map<string, string>());
  // Once an item is picked the input shows its label: that is no search.
  const typed = value && search === (labels.get(value) ?? value) ? '' : search;
  const [debounced] = useDebouncedValue(typed, 250);
  const cis = useCiSearch(debounced, type);
  const found = cis.data?.items ?? [];
  for (const ci of found) labels.set(ci.key, ciLabel(ci));
  const keys = new Set([...(value ? [value] : []), ...found.map((ci) => ci.key)]);
  const data = [...keys].map((key) => ({ value: key, label: labels.get(key) ?? key }));

  return (
    <Select
      label={label}
      description={description}
      placeholder={placeholder}
      withAsterisk={withAsterisk}
      searchable
      clearable
      onSearchChange={setSearch}
      // The server already matched the search; filtering again here would hide its hits.
      filter={({ options }) => options}
      data={data}
      value={value}
      onChange={onChange}
      nothingFoundMessage={cis.isFetching ? 'Searching…' : 'No configuration item found'}
      error={error}
    />
  );
}
