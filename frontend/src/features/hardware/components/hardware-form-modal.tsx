import { zodResolver } from '@hookform/resolvers/zod';
import { SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { z } from 'zod';

import { FormModal, ModalForm } from '@/components/form-modal/form-modal';
import { SelectField } from '@/components/form-modal/select-field';

import type { Hardware } from '../api/get-hardware';
import {
  HARDWARE_FIELDS,
  hardwareInputSchema,
  useSaveHardware,
  type HardwareInput,
} from '../api/save-hardware';
import { HARDWARE_STATUSES, STATUS_LABELS, type HardwareStatus } from '../utils/vocabulary';

type HardwareFormValues = {
  name: string;
  model: string;
  serialNumber: string;
  location: string;
  status: HardwareStatus | null;
  ciName: string;
  notes: string;
};

const formSchema = z
  .custom<HardwareFormValues>()
  .transform((values): unknown => values)
  .pipe(hardwareInputSchema);

const statusOptions = HARDWARE_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] }));

function valuesOf(item?: Hardware): HardwareFormValues {
  return {
    name: item?.name ?? '',
    model: item?.model ?? '',
    serialNumber: item?.serialNumber ?? '',
    location: item?.location ?? '',
    status: item?.status ?? 'IN_STOCK',
    ciName: item?.ciName ?? '',
    notes: item?.notes ?? '',
  };
}

function HardwareForm({
  item,
  onDone,
  onCancel,
}: {
  item?: Hardware;
  onDone: () => void;
  onCancel: () => void;
}) {
  const save = useSaveHardware();
  const form = useForm<HardwareFormValues, unknown, HardwareInput>({
    resolver: zodResolver(formSchema),
    defaultValues: valuesOf(item),
  });
  const { errors } = form.formState;

  return (
    <ModalForm
      form={form}
      fields={HARDWARE_FIELDS}
      onSave={(input, onError) =>
        save.mutate({ input, id: item?.id }, { onSuccess: onDone, onError })
      }
      onCancel={onCancel}
      submitLabel={item ? 'Save' : 'Add hardware'}
      pending={save.isPending}
    >
      <TextInput
        label="Name"
        withAsterisk
        data-autofocus
        error={errors.name?.message}
        {...form.register('name')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label="Model"
          withAsterisk
          error={errors.model?.message}
          {...form.register('model')}
        />
        <TextInput
          label="Serial number"
          withAsterisk
          error={errors.serialNumber?.message}
          {...form.register('serialNumber')}
        />
        <TextInput
          label="Location"
          withAsterisk
          error={errors.location?.message}
          {...form.register('location')}
        />
        <SelectField
          control={form.control}
          name="status"
          label="Status"
          required
          data={statusOptions}
        />
      </SimpleGrid>
      <TextInput
        label="Linked CI name"
        description="The configuration item this hardware serves, if any"
        error={errors.ciName?.message}
        {...form.register('ciName')}
      />
      <Textarea
        label="Notes"
        autosize
        minRows={2}
        error={errors.notes?.message}
        {...form.register('notes')}
      />
    </ModalForm>
  );
}

type HardwareFormModalProps = {
  opened: boolean;
  /** The item to edit; a new one is added without it. */
  item?: Hardware;
  onClose: () => void;
};

export function HardwareFormModal({ opened, item, onClose }: HardwareFormModalProps) {
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={item ? `Edit ${item.name}` : 'New hardware'}
      size="lg"
    >
      {/* Keyed so each opening starts from the item's current values. */}
      <HardwareForm key={item?.id ?? 'new'} item={item} onDone={onClose} onCancel={onClose} />
    </FormModal>
  );
}
