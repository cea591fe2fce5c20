import { Select } from '@mantine/core';
import { useMemo } from 'react';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';

import { timeZones } from '@/lib/time-zone';

/**
 * The IANA time zone of a form's `timeZone` field: searchable, required. A zone this browser does
 * not list (saved from another one) stays listed, so an edit does not lose it.
 */
export function TimeZoneSelect<T extends FieldValues, O>({
  control,
  description,
}: {
  control: Control<T, unknown, O>;
  description?: string;
}) {
  return (
    <Controller
      control={control}
      name={'timeZone' as Path<T>}
      render={({ field, fieldState }) => (
        <ZoneSelect
          value={field.value ?? ''}
          description={description}
          onChange={field.onChange}
          onBlur={field.onBlur}
          inputRef={field.ref}
          error={fieldState.error?.message}
        />
      )}
    />
  );
}

function ZoneSelect({
  value,
  description,
  onChange,
  onBlur,
  inputRef,
  error,
}: {
  value: string;
  description?: string;
  onChange: (zone: string) => void;
  onBlur: () => void;
  inputRef: React.Ref<HTMLInputElement>;
  error?: string;
}) {
  const zones = useMemo(
    () => (value && !timeZones().includes(value) ? [value, ...timeZones()] : timeZones()),
    [value],
  );
  return (
    <Select
      label="Time zone"
      description={description}
      withAsterisk
      searchable
      // Choosing the zone already chosen keeps it (a Select would clear it).
      allowDeselect={false}
      limit={30}
      data={zones}
      value={value}
      onChange={(zone) => onChange(zone ?? '')}
      onBlur={onBlur}
      ref={inputRef}
      error={error}
    />
  );
}
