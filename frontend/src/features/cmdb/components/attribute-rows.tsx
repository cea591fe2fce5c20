import { ActionIcon, Button, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import {
  useFieldArray,
  type Control,
  type FieldErrors,
  type UseFormRegister,
} from 'react-hook-form';

import type { CiBody } from '@/api/generated/types.gen';

import type { CiFormValues } from '../utils/ci-form';

type AttributeRowsProps = {
  control: Control<CiFormValues, unknown, CiBody>;
  register: UseFormRegister<CiFormValues>;
  errors: FieldErrors<CiFormValues>;
};

/** Anything else worth knowing about the item, as name/value rows (os, ip, users...). */
export function AttributeRows({ control, register, errors }: AttributeRowsProps) {
  const rows = useFieldArray({ control, name: 'attributes' });
  return (
    <Fieldset legend="Attributes">
      <Stack gap="xs">
        {rows.fields.length === 0 && (
          <Text size="sm" c="dimmed">
            No attributes.
          </Text>
        )}
        {rows.fields.map((row, index) => (
          <Group key={row.id} align="flex-start" gap="xs" wrap="nowrap">
            <TextInput
              aria-label={`Attribute ${index + 1} name`}
              placeholder="Name"
              error={errors.attributes?.[index]?.name?.message}
              {...register(`attributes.${index}.name`)}
            />
            <TextInput
              aria-label={`Attribute ${index + 1} value`}
              placeholder="Value"
              style={{ flex: 1 }}
              {...register(`attributes.${index}.value`)}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              mt={6}
              aria-label={`Remove attribute ${index + 1}`}
              onClick={() => rows.remove(index)}
            >
              ✕
            </ActionIcon>
          </Group>
        ))}
        {errors.attributes?.message && (
          <Text size="sm" c="red">
            {errors.attributes.message}
          </Text>
        )}
        <Group>
          <Button variant="light" size="xs" onClick={() => rows.append({ name: '', value: '' })}>
            Add attribute
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
