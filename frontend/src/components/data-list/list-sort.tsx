import { Select } from '@mantine/core';

type ListSortProps<S extends string> = {
  options: readonly { value: S; label: string }[];
  value: S;
  onChange: (sort: S) => void;
};

/** The order of a list, for the filter bar. */
export function ListSort<S extends string>({ options, value, onChange }: ListSortProps<S>) {
  return (
    <Select
      label="Sort"
      data={[...options]}
      value={value}
      // The options are the orders, so every value picked is one.
      onChange={(picked) => picked && onChange(picked)}
      allowDeselect={false}
      w={230}
    />
  );
}
