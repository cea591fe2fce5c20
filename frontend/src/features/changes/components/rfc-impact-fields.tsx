import { Badge, Fieldset, Group, Select, SimpleGrid, Text } from '@mantine/core';
import { Controller, useFormContext, useWatch } from 'react-hook-form';

import type { ChangeFormValues } from '../utils/change-form';
import { itilPriority } from '../utils/priority';
import { LEVEL_LABELS } from '../utils/vocabulary';

const levelOptions = [1, 2, 3].map((level) => ({
  value: String(level),
  label: LEVEL_LABELS[level]!,
}));

function LevelSelect({ name, label }: { name: 'impact' | 'urgency'; label: string }) {
  const { control } = useFormContext<ChangeFormValues>();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Select
          label={label}
          withAsterisk
          data={levelOptions}
          value={field.value === null ? null : String(field.value)}
          onChange={(value) => field.onChange(value === null ? null : Number(value))}
          onBlur={field.onBlur}
          ref={field.ref}
          error={fieldState.error?.message}
        />
      )}
    />
  );
}

/** Impact and urgency, and the ITIL priority they give, updated as the user picks. */
export function RfcImpactFields() {
  const [impact, urgency] = useWatch<ChangeFormValues, ['impact', 'urgency']>({
    name: ['impact', 'urgency'],
  });
  const priority = itilPriority(impact, urgency);

  return (
    <Fieldset legend="Impact & urgency">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <LevelSelect name="impact" label="Impact" />
        <LevelSelect name="urgency" label="Urgency" />
      </SimpleGrid>
      <Group gap="xs" mt="sm" aria-live="polite">
        <Text size="sm">Resulting priority:</Text>
        {priority ? (
          <Badge variant="filled" aria-label={`Priority ${priority}`}>
            {priority}
          </Badge>
        ) : (
          <Text size="sm" c="dimmed">
            set impact and urgency
          </Text>
        )}
      </Group>
    </Fieldset>
  );
}
