import { Fieldset, SimpleGrid, TextInput } from '@mantine/core';
import { useFormContext } from 'react-hook-form';

import { TimeZoneSelect } from '@/components/time-zone-select/time-zone-select';

import type { ChangeFormValues } from '../utils/change-form';

/** The planned window, as wall-clock times in the chosen time zone. */
export function RfcWindowFields() {
  const {
    register,
    control,
    formState: { errors },
  } = useFormContext<ChangeFormValues>();

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
        <TimeZoneSelect control={control} description="The window is in this zone" />
      </SimpleGrid>
    </Fieldset>
  );
}
