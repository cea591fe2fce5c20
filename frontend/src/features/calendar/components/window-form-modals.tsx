import { zodResolver } from '@hookform/resolvers/zod';
import {
  Button,
  Group,
  Modal,
  NumberInput,
  Radio,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import {
  Controller,
  useForm,
  useWatch,
  type Control,
  type FieldValues,
  type Path,
} from 'react-hook-form';

import { ProblemAlert } from '@/components/ui/problem-alert';
import type { FieldError } from '@/lib/api-client';
import { applyServerErrors } from '@/lib/form-errors';
import { browserTimeZone, timeZones } from '@/lib/time-zone';

import {
  useCreateBlackout,
  useCreateMaintenance,
  type BlackoutBody,
  type MaintenanceWindowBody,
} from '../api/windows';
import {
  BLACKOUT_FIELDS,
  MAINTENANCE_FIELDS,
  WEEKDAYS,
  WEEKDAY_LABELS,
  blackoutFormSchema,
  maintenanceFormSchema,
  type BlackoutFormValues,
  type MaintenanceFormValues,
} from '../utils/window-forms';

import { CiPicker } from './ci-picker';

type Problem = { error: unknown; unmatched: FieldError[] };

type ScopeValues = { scopeKind: 'GLOBAL' | 'CI'; scope: string | null };

/** Global, or one configuration item or business service (and everything it depends on). */
function ScopeFields<T extends FieldValues & ScopeValues, O>({
  control,
}: {
  control: Control<T, unknown, O>;
}) {
  const kind = useWatch({ control, name: 'scopeKind' as Path<T> }) as ScopeValues['scopeKind'];
  return (
    <Stack gap="xs">
      <Controller
        control={control}
        name={'scopeKind' as Path<T>}
        render={({ field }) => (
          <Radio.Group label="Scope" withAsterisk value={field.value} onChange={field.onChange}>
            <Group mt="xs">
              <Radio value="GLOBAL" label="Global: every change" />
              <Radio value="CI" label="A configuration item or business service" />
            </Group>
          </Radio.Group>
        )}
      />
      {kind === 'CI' && (
        <Controller
          control={control}
          name={'scope' as Path<T>}
          render={({ field, fieldState }) => (
            <CiPicker
              label="Scoped to"
              description="Everything this item depends on is covered too"
              withAsterisk
              value={field.value}
              onChange={field.onChange}
              error={fieldState.error?.message}
            />
          )}
        />
      )}
    </Stack>
  );
}

function TimeZoneSelect<T extends FieldValues, O>({
  control,
}: {
  control: Control<T, unknown, O>;
}) {
  const zones = useMemo(() => timeZones(), []);
  return (
    <Controller
      control={control}
      name={'timeZone' as Path<T>}
      render={({ field, fieldState }) => (
        <Select
          label="Time zone"
          withAsterisk
          searchable
          // Choosing the zone already chosen keeps it (a Select would clear it).
          allowDeselect={false}
          limit={30}
          data={zones}
          value={field.value}
          onChange={(value) => field.onChange(value ?? '')}
          onBlur={field.onBlur}
          error={fieldState.error?.message}
        />
      )}
    />
  );
}

function FormButtons({
  onCancel,
  pending,
  label,
}: {
  onCancel: () => void;
  pending: boolean;
  label: string;
}) {
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        Cancel
      </Button>
      <Button type="submit" loading={pending}>
        {label}
      </Button>
    </Group>
  );
}

function BlackoutForm({ onDone }: { onDone: () => void }) {
  const create = useCreateBlackout();
  const [problem, setProblem] = useState<Problem>();
  const form = useForm<BlackoutFormValues, unknown, BlackoutBody>({
    resolver: zodResolver(blackoutFormSchema),
    defaultValues: {
      name: '',
      reason: '',
      scopeKind: 'GLOBAL',
      scope: null,
      startsAt: '',
      endsAt: '',
      timeZone: browserTimeZone(),
    },
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((body) => {
    setProblem(undefined);
    create.mutate(body, {
      onSuccess: onDone,
      onError: (error) =>
        setProblem({
          error,
          unmatched: applyServerErrors(error, form.setError, { fields: BLACKOUT_FIELDS }),
        }),
    });
  });

  return (
    <form noValidate onSubmit={onSubmit}>
      <Stack>
        <TextInput
          label="Name"
          withAsterisk
          data-autofocus
          placeholder="Year-end freeze"
          error={errors.name?.message}
          {...form.register('name')}
        />
        <Textarea
          label="Reason"
          description="Shown on the calendar and in every conflict it causes"
          autosize
          minRows={2}
          error={errors.reason?.message}
          {...form.register('reason')}
        />
        <ScopeFields control={form.control} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            type="datetime-local"
            label="Starts"
            withAsterisk
            error={errors.startsAt?.message}
            {...form.register('startsAt')}
          />
          <TextInput
            type="datetime-local"
            label="Ends"
            withAsterisk
            error={errors.endsAt?.message}
            {...form.register('endsAt')}
          />
          <TimeZoneSelect control={form.control} />
        </SimpleGrid>
        {problem && (
          <ProblemAlert title="Not saved" error={problem.error} unmatched={problem.unmatched} />
        )}
        <FormButtons onCancel={onDone} pending={create.isPending} label="Create blackout" />
      </Stack>
    </form>
  );
}

function MaintenanceForm({ onDone }: { onDone: () => void }) {
  const create = useCreateMaintenance();
  const [problem, setProblem] = useState<Problem>();
  const form = useForm<MaintenanceFormValues, unknown, MaintenanceWindowBody>({
    resolver: zodResolver(maintenanceFormSchema),
    defaultValues: {
      name: '',
      scopeKind: 'GLOBAL',
      scope: null,
      recurrence: 'WEEKLY',
      startsAt: '',
      endsAt: '',
      dayOfWeek: 'SUNDAY',
      startTime: '02:00',
      durationMinutes: 240,
      timeZone: browserTimeZone(),
    },
  });
  const { errors } = form.formState;
  const recurrence = useWatch({ control: form.control, name: 'recurrence' });

  const onSubmit = form.handleSubmit((body) => {
    setProblem(undefined);
    create.mutate(body, {
      onSuccess: onDone,
      onError: (error) =>
        setProblem({
          error,
          unmatched: applyServerErrors(error, form.setError, { fields: MAINTENANCE_FIELDS }),
        }),
    });
  });

  return (
    <form noValidate onSubmit={onSubmit}>
      <Stack>
        <TextInput
          label="Name"
          withAsterisk
          data-autofocus
          placeholder="Sunday night maintenance"
          error={errors.name?.message}
          {...form.register('name')}
        />
        <ScopeFields control={form.control} />
        <Controller
          control={form.control}
          name="recurrence"
          render={({ field }) => (
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                Recurrence
              </Text>
              <SegmentedControl
                aria-label="Recurrence"
                value={field.value}
                onChange={field.onChange}
                data={[
                  { value: 'WEEKLY', label: 'Every week' },
                  { value: 'ONCE', label: 'Once' },
                ]}
              />
            </Stack>
          )}
        />
        {recurrence === 'ONCE' ? (
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              type="datetime-local"
              label="Starts"
              withAsterisk
              error={errors.startsAt?.message}
              {...form.register('startsAt')}
            />
            <TextInput
              type="datetime-local"
              label="Ends"
              withAsterisk
              error={errors.endsAt?.message}
              {...form.register('endsAt')}
            />
            <TimeZoneSelect control={form.control} />
          </SimpleGrid>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Controller
              control={form.control}
              name="dayOfWeek"
              render={({ field, fieldState }) => (
                <Select
                  label="Day"
                  withAsterisk
                  data={WEEKDAYS.map((value) => ({ value, label: WEEKDAY_LABELS[value] }))}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  error={fieldState.error?.message}
                />
              )}
            />
            <TextInput
              type="time"
              label="Starts at"
              withAsterisk
              error={errors.startTime?.message}
              {...form.register('startTime')}
            />
            <Controller
              control={form.control}
              name="durationMinutes"
              render={({ field, fieldState }) => (
                <NumberInput
                  label="Duration (minutes)"
                  withAsterisk
                  min={1}
                  max={10_080}
                  allowDecimal={false}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  error={fieldState.error?.message}
                />
              )}
            />
            <TimeZoneSelect control={form.control} />
          </SimpleGrid>
        )}
        {problem && (
          <ProblemAlert title="Not saved" error={problem.error} unmatched={problem.unmatched} />
        )}
        <FormButtons
          onCancel={onDone}
          pending={create.isPending}
          label="Create maintenance window"
        />
      </Stack>
    </form>
  );
}

export function BlackoutFormModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="New blackout window" size="xl">
      {opened && <BlackoutForm onDone={onClose} />}
    </Modal>
  );
}

export function MaintenanceFormModal({
  opened,
  onClose,
}: {
  opened: boolean;
  onClose: () => void;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title="New maintenance window" size="xl">
      {opened && <MaintenanceForm onDone={onClose} />}
    </Modal>
  );
}
