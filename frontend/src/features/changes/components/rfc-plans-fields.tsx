import { Fieldset, Text, Textarea } from '@mantine/core';
import { useFormContext } from 'react-hook-form';

import type { ChangeFormValues } from '../utils/change-form';

const PLANS = [
  { name: 'implementationPlan', label: 'Implementation plan' },
  { name: 'testPlan', label: 'Test plan' },
  { name: 'backoutPlan', label: 'Backout plan' },
] as const;

/** The three plans; a change model supplies them, and then they cannot be edited. */
export function RfcPlansFields({ lockedBy }: { lockedBy?: string }) {
  const {
    register,
    formState: { errors },
  } = useFormContext<ChangeFormValues>();

  return (
    <Fieldset legend="Plans">
      {lockedBy && (
        <Text size="sm" c="dimmed" mb="xs">
          The plans come from the change model “{lockedBy}”. Clear the model to write your own.
        </Text>
      )}
      {PLANS.map(({ name, label }, index) => (
        <Textarea
          key={name}
          label={label}
          withAsterisk
          autosize
          minRows={3}
          mt={index === 0 ? 0 : 'sm'}
          readOnly={lockedBy !== undefined}
          error={errors[name]?.message}
          {...register(name)}
        />
      ))}
    </Fieldset>
  );
}
