import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type Ref } from 'react';

import { getCis } from '@/api/generated/sdk.gen';
import type { CiView } from '@/api/generated/types.gen';

const ciLabel = (ci: CiView) =>
  `${ci.key} · ${ci.name} (${ci.type.toLowerCase().replace(/_/g, ' ')}, ${ci.environment ?? '—'})`;

type CiPickerProps = {
  label: string;
  value: string[];
  onChange: (keys: string[]) => void;
  onBlur?: () => void;
  ref?: Ref<HTMLInputElement>;
  error?: string;
  /** Only items of these types are offered (a change model's rule); any when empty. */
  allowedTypes?: readonly string[];
  /** Keys never offered (the item itself, when relating it to another). */
  exclude?: readonly string[];
  /** 1 for a single item. */
  maxValues?: number;
};

/**
 * Configuration items, found by searching the CMDB as the user types. Only the keys are kept;
 * labels of items found once are remembered so chosen ones keep their names.
 */
export function CiPicker({
  label,
  value,
  onChange,
  onBlur,
  ref,
  error,
  allowedTypes,
  exclude = [],
  maxValues,
}: CiPickerProps) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const q = debounced.trim();
  const cis = useQuery({
    queryKey: ['cis', { q, limit: 20 }],
    queryFn: async ({ signal }) =>
      (await getCis({ query: { ...(q ? { q } : {}), limit: 20 }, signal })).data,
    placeholderData: keepPreviousData,
  });
  // A cache that only grows (a key's label never changes), so filling it while rendering is safe.
  const [labels] = useState(() => new Map<string, string>());

  const found = (cis.data?.items ?? []).filter(
    (ci) => (!allowedTypes?.length || allowedTypes.includes(ci.type)) && !exclude.includes(ci.key),
  );
  for (const ci of found) labels.set(ci.key, ciLabel(ci));
  const keys = new Set([...value, ...found.map((ci) => ci.key)]);
  const data = [...keys].map((key) => ({ value: key, label: labels.get(key) ?? key }));

  return (
    <MultiSelect
      label={label}
      placeholder="Search by key or name"
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The server already matched the search; filtering again here would hide its hits.
      filter={({ options }) => options}
      data={data}
      value={value}
      onChange={onChange}
      onBlur={onBlur}
      ref={ref}
      maxValues={maxValues}
      hidePickedOptions
      nothingFoundMessage={cis.isFetching ? 'Searching…' : 'No configuration item found'}
      error={error}
    />
  );
}
