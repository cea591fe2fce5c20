import { Select, TextInput } from '@mantine/core';
import { useState } from 'react';

type ListPeriodProps<D extends string> = {
  /** The dates the period can bound, e.g. submitted, planned start. */
  dateOptions: readonly { value: D; label: string }[];
  date: D;
  onDateChange: (date: D) => void;
  /** First and last day (YYYY-MM-DD), or ''. */
  from: string;
  to: string;
  onPeriodChange: (period: { from: string; to: string }) => void;
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
  // The bounds as typed: a bound filled right after the other must not send the other's value
  // from before (the URL, and so the props, may not have caught up yet).
  const [period, setPeriod] = useState({ from, to });
  const [shown, setShown] = useState({ from, to });
  if (shown.from !== from || shown.to !== to) {
    // The URL changed (Back, Clear, a link): show what it says.
    setShown({ from, to });
    setPeriod({ from, to });
  }
  const change = (next: { from: string; to: string }) => {
    setPeriod(next);
    onPeriodChange(next);
  };
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
        value={period.from}
        max={period.to || undefined}
        onChange={(event) => change({ ...period, from: event.currentTarget.value })}
        w={150}
      />
      <TextInput
        label="To"
        type="date"
        value={period.to}
        min={period.from || undefined}
        onChange={(event) => change({ ...period, to: event.currentTarget.value })}
        w={150}
      />
    </>
  );
}
