import { zodResolver } from '@hookform/resolvers/zod';
import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { Controller, useFieldArray, useForm, type Control } from 'react-hook-form';
import { z } from 'zod';

import { ScrollTable } from '@/components/data-list/scroll-table';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { applyServerErrors } from '@/lib/form-errors';

import type { ReleaseView } from '../api/get-release';
import { useUpdateWaves, wavesSchema, type WaveInput } from '../api/update-waves';
import { asWaveFieldErrors } from '../utils/wave-field-errors';

type WaveRow = Omit<WaveInput, 'percent' | 'simulatedFailureRate'> & {
  percent: number | null;
  simulatedFailureRate: number | null;
};
type WavesForm = { waves: WaveRow[] };

// Empty number inputs hold null; the schema reports them as the server would.
const wavesFormSchema = z
  .custom<WavesForm>()
  .transform((values): unknown => values)
  .pipe(z.object({ waves: wavesSchema }));

const newWave = (): WaveRow => ({
  name: '',
  environment: '',
  percent: null,
  manualGate: false,
  simulatedFailureRate: 0,
});

function NumberCell({
  control,
  name,
  label,
  ...props
}: {
  control: Control<WavesForm>;
  name: `waves.${number}.percent` | `waves.${number}.simulatedFailureRate`;
  label: string;
  min: number;
  max: number;
  step?: number;
  decimalScale?: number;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <NumberInput
          aria-label={label}
          w={110}
          value={field.value ?? ''}
          onChange={(value) => field.onChange(typeof value === 'number' ? value : null)}
          onBlur={field.onBlur}
          ref={field.ref}
          error={fieldState.error?.message}
          {...props}
        />
      )}
    />
  );
}

/** The rollout plan as rows of waves; editable until the release is built. */
export function WavesEditor({ release }: { release: ReleaseView }) {
  const save = useUpdateWaves();
  const form = useForm<WavesForm, unknown, { waves: WaveInput[] }>({
    resolver: zodResolver(wavesFormSchema),
    defaultValues: { waves: release.waves.length > 0 ? release.waves : [newWave()] },
  });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'waves' });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(({ waves }) =>
    save.mutate(
      { key: release.key, waves },
      {
        onSuccess: (saved) => form.reset({ waves: saved.waves }),
        onError: (error) =>
          applyServerErrors(asWaveFieldErrors(error), form.setError, {
            fields: ['waves'],
            arrays: ['waves'],
          }),
      },
    ),
  );

  return (
    <form noValidate onSubmit={onSubmit} aria-label="Waves plan">
      <Stack>
        <ScrollTable label="Waves" minWidth={720}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Environment</Table.Th>
              <Table.Th>Percent</Table.Th>
              <Table.Th>Manual gate</Table.Th>
              <Table.Th>Simulated failure rate</Table.Th>
              <Table.Th aria-label="Actions" />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {fields.map((row, index) => {
              const rowErrors = errors.waves?.[index];
              const n = index + 1;
              return (
                <Table.Tr key={row.id}>
                  <Table.Td>
                    <TextInput
                      aria-label={`Wave ${n} name`}
                      error={rowErrors?.name?.message}
                      {...form.register(`waves.${index}.name`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={`Wave ${n} environment`}
                      error={rowErrors?.environment?.message}
                      {...form.register(`waves.${index}.environment`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <NumberCell
                      control={form.control}
                      name={`waves.${index}.percent`}
                      label={`Wave ${n} percent`}
                      min={1}
                      max={100}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Checkbox
                      aria-label={`Wave ${n} manual gate`}
                      {...form.register(`waves.${index}.manualGate`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <NumberCell
                      control={form.control}
                      name={`waves.${index}.simulatedFailureRate`}
                      label={`Wave ${n} simulated failure rate`}
                      min={0}
                      max={1}
                      step={0.05}
                      decimalScale={2}
                    />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`Remove wave ${n}`}
                      onClick={() => remove(index)}
                      disabled={fields.length === 1}
                    >
                      ×
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </ScrollTable>
        {errors.waves?.message && (
          <Text size="sm" c="red">
            {errors.waves.message}
          </Text>
        )}
        {save.error && <ProblemAlert title="The waves were not saved" error={save.error} />}
        <Group justify="space-between">
          <Button variant="default" onClick={() => append(newWave())}>
            Add wave
          </Button>
          <Button type="submit" loading={save.isPending}>
            Save waves
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
