import { Select, TextInput } from '@mantine/core';

type ListPeriodProps<D extends string> = {
  /** The dates the period can bound, e.g. submitted, planned start. */
  dateOptions: readonly { value: D; label: string }[];
  date: D;
  onDateChange: (date: D) => void;
  /** First and last day (YYYY-MM-DD), or ''. */
  from: string;
  to: string;
  /** Gets only the bound that changed: the other may have changed a moment ago too. */
  onPeriodChange: (period: { from: string } | { to: string }) => void;
};

/** A period of whole days (UTC) on a chosen date of a list's rows, for the filter bar. */
export function ListPeriod<D extends string>({
  dateOptions,
  date,
  onDateChange,
  from,
  to,
  onPeriodChange,
}: ListPeriodProps<D>) {
  return (
    <>
      <Select
        label="Date"
        data={[...dateOptions]}
        value={date}
        // The options are the dates, so every value picked is one.
        onChange={(value) => value && onDateChange(value)}
        allowDeselect={false}
        w={190}
      />
      <TextInput
        label="From"
        type="date"
        value={from}
        max={to || undefined}
        onChange={(event) => onPeriodChange({ from: event.currentTarget.value })}
        w={150}
      />
      <TextInput
        label="To"
        type="date"
        value={to}
        min={from || undefined}
        onChange={(event) => onPeriodChange({ to: event.currentTarget.value })}
        w={150}
      />
    </>
  );
}
