import { Group, MultiSelect, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';

type ListFilterBarProps<S extends string> = {
  /** Names the search landmark, e.g. "Filter changes". */
  label: string;
  /** The search box as typed; the list gets it debounced (see useListFilters). */
  search: string;
  onSearchChange: (search: string) => void;
  searchPlaceholder: string;
  stateOptions: readonly { value: S; label: string }[];
  state: readonly S[];
  onStateChange: (state: S[]) => void;
  /** Filters only this list has, after search and state. */
  children?: ReactNode;
};

/** The filters every list starts with: a search box and any number of states. */
export function ListFilterBar<S extends string>({
  label,
  search,
  onSearchChange,
  searchPlaceholder,
  stateOptions,
  state,
  onStateChange,
  children,
}: ListFilterBarProps<S>) {
  return (
    <Group align="flex-end" gap="sm" role="search" aria-label={label}>
      <TextInput
        label="Search"
        placeholder={searchPlaceholder}
        type="search"
        value={search}
        onChange={(event) => onSearchChange(event.currentTarget.value)}
        w={220}
      />
      <MultiSelect
        label="State"
        placeholder={state.length === 0 ? 'Any state' : undefined}
        data={[...stateOptions]}
        value={[...state]}
        // The options are the states, so every value picked is one.
        onChange={(value) => onStateChange(value)}
        clearable
        searchable
        miw={220}
        maw={420}
      />
      {children}
    </Group>
  );
}
