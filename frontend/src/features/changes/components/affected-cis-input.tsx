import { Fieldset, MultiSelect, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { Controller, useFormContext } from 'react-hook-form';

import { useCis, type Ci } from '../api/get-cis';
import type { ChangeFormValues } from '../utils/change-form';

import { listErrorMessage } from './rfc-field-error';

const ciLabel = (ci: Ci) => `${ci.key} · ${ci.name} (${ci.type.toLowerCase()}, ${ci.environment})`;

/**
 * Affected configuration items, found by searching the CMDB as the user types. Only the keys are
 * stored; labels of items found once are remembered so chosen ones keep their names.
 */
export function AffectedCisInput({ allowedTypes }: { allowedTypes?: readonly string[] }) {
  const { control } = useFormContext<ChangeFormValues>();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const cis = useCis({ q: debounced });
  // A cache that only grows (a key's label never changes), so filling it while rendering is safe.
  const [labels] = useState(() => new Map<string, string>());

  const found = (cis.data?.items ?? []).filter(
    (ci) => !allowedTypes?.length || allowedTypes.includes(ci.type),
  );
  for (const ci of found) labels.set(ci.key, ciLabel(ci));

  return (
    <Fieldset legend="Affected CIs">
      <Controller
        control={control}
        name="affectedCis"
        render={({ field, fieldState }) => {
          const keys = new Set([...field.value, ...found.map((ci) => ci.key)]);
          const data = [...keys].map((key) => ({
            value: key,
            label: labels.get(key) ?? key,
          }));
          return (
            <MultiSelect
              label="Configuration items"
              placeholder="Search by key or name"
              searchable
              searchValue={search}
              onSearchChange={setSearch}
              // The server already matched the search; filtering again here would hide its hits.
              filter={({ options }) => options}
              data={data}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              ref={field.ref}
              hidePickedOptions
              nothingFoundMessage={cis.isFetching ? 'Searching…' : 'No configuration item found'}
              error={listErrorMessage(fieldState.error)}
            />
          );
        }}
      />
      {allowedTypes && allowedTypes.length > 0 && (
        <Text size="xs" c="dimmed" mt={4}>
          The change model allows: {allowedTypes.join(', ').toLowerCase()}
        </Text>
      )}
    </Fieldset>
  );
}
