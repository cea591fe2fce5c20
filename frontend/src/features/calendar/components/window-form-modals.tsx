import { zodResolver } from '@hookform/resolvers/zod';
import {
  Group,
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
import {
  Controller,
  useForm,
  useWatch,
  type Control,
  type FieldValues,
  type Path,
  type UseFormReturn,
} from 'react-hook-form';

import { FormModal, ModalForm } from '@/components/form-modal/form-modal';
import { TimeZoneSelect } from '@/components/time-zone-select/time-zone-select';
import { browserTimeZone } from '@/lib/time-zone';

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

type NameAndPeriod = { name: string; startsAt: string; endsAt: string };

function errorOf<T extends FieldValues, O>(
  form: UseFormReturn<T, unknown, O>,
  name: keyof NameAndPeriod,
): string | undefined {
  return form.getFieldState(name as Path<T>, form.formState).error?.message;
}

function NameInput<T extends FieldValues & NameAndPeriod, O>({
  form,
  placeholder,
}: {
  form: UseFormReturn<T, unknown, O>;
  placeholder: string;
}) {
  return (
    <TextInput
      label="Name"
      withAsterisk
      data-autofocus
      placeholder={placeholder}
      error={errorOf(form, 'name')}
      {...form.register('name' as Path<T>)}
    />
  );
}

/** A window from one moment to another, in a time zone. */
function PeriodFields<T extends FieldValues & NameAndPeriod, O>({
  form,
}: {
  form: UseFormReturn<T, unknown, O>;
}) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      <TextInput
        type="datetime-local"
        label="Starts"
        withAsterisk
        error={errorOf(form, 'startsAt')}
        {...form.register('startsAt' as Path<T>)}
      />
      <TextInput
        type="datetime-local"
        label="Ends"
        withAsterisk
        error={errorOf(form, 'endsAt')}
        {...form.register('endsAt' as Path<T>)}
      />
      <TimeZoneSelect control={form.control} />
    </SimpleGrid>
  );
}

function BlackoutForm({ onDone }: { onDone: () => void }) {
  const create = useCreateBlackout();
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

  return (
    <ModalForm
      form={form}
      fields={BLACKOUT_FIELDS}
      onSave={(body, onError) => create.mutate(body, { onSuccess: onDone, onError })}
      pending={create.isPending}
      onCancel={onDone}
      submitLabel="Create blackout"
    >
      <NameInput form={form} placeholder="Year-end freeze" />
      <Textarea
        label="Reason"
        description="Shown on the calendar and in every conflict it causes"
        autosize
        minRows={2}
        error={errors.reason?.message}
        {...form.register('reason')}
      />
      <ScopeFields control={form.control} />
      <PeriodFields form={form} />
    </ModalForm>
  );
}

function MaintenanceForm({ onDone }: { onDone: () => void }) {
  const create = useCreateMaintenance();
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

  return (
    <ModalForm
      form={form}
      fields={MAINTENANCE_FIELDS}
      onSave={(body, onError) => create.mutate(body, { onSuccess: onDone, onError })}
      pending={create.isPending}
      onCancel={onDone}
      submitLabel="Create maintenance window"
    >
      <NameInput form={form} placeholder="Sunday night maintenance" />
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
        <PeriodFields form={form} />
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
    </ModalForm>
  );
}

export function BlackoutFormModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <FormModal opened={opened} onClose={onClose} title="New blackout window" size="xl">
      <BlackoutForm onDone={onClose} />
    </FormModal>
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
    <FormModal opened={opened} onClose={onClose} title="New maintenance window" size="xl">
      <MaintenanceForm onDone={onClose} />
    </FormModal>
  );
}
