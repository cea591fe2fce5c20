import { Fieldset, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { Controller, useFormContext, useWatch } from 'react-hook-form';

import { timeZones } from '@/lib/time-zone';

import type { ChangeFormValues } from '../utils/change-form';

/** The planned window, as wall-clock times in the chosen time zone. */
export function RfcWindowFields() {
  const {
    register,
    control,
    formState: { errors },
  } = useFormContext<ChangeFormValues>();
  const timeZone = useWatch<ChangeFormValues, 'timeZone'>({ name: 'timeZone' });
  const zones = useMemo(
    () => (timeZone && !timeZones().includes(timeZone) ? [timeZone, ...timeZones()] : timeZones()),
    [timeZone],
  );

  return (
    <Fieldset legend="Window">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          type="datetime-local"
          label="Planned start"
          withAsterisk
          error={errors.plannedStart?.message}
          {...register('plannedStart')}
        />
        <TextInput
          type="datetime-local"
          label="Planned end"
          withAsterisk
          error={errors.plannedEnd?.message}
          {...register('plannedEnd')}
        />
        <Controller
          control={control}
          name="timeZone"
          render={({ field, fieldState }) => (
            <Select
              label="Time zone"
              description="The window is in this zone"
              withAsterisk
              searchable
              // Choosing the zone already chosen keeps it (a Select would clear it).
              allowDeselect={false}
              limit={30}
              data={zones}
              value={field.value}
              onChange={(value) => field.onChange(value ?? '')}
              onBlur={field.onBlur}
              ref={field.ref}
              error={fieldState.error?.message}
            />
          )}
        />
      </SimpleGrid>
    </Fieldset>
  );
}
