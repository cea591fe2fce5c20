import { zodResolver } from '@hookform/resolvers/zod';
import { SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';

import type { CiBody, CiView } from '@/api/generated/types.gen';
import {
  CI_TYPE_LABELS,
  CI_TYPES,
  CRITICALITIES,
  CRITICALITY_LABELS,
  LIFECYCLE_LABELS,
  LIFECYCLE_STATUSES,
} from '@/components/cmdb/ci-vocabulary';
import { FormModal, ModalForm } from '@/components/form-modal/form-modal';
import { SelectField } from '@/components/form-modal/select-field';

import { CI_FIELDS, useSaveCi } from '../api/save-ci';
import { ciFormSchema, ciToFormValues, type CiFormValues } from '../utils/ci-form';

import { AttributeRows } from './attribute-rows';

const options = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ value, label: labels[value] }));

function CiForm({
  ci,
  onSaved,
  onCancel,
}: {
  ci?: CiView;
  onSaved: (ci: CiView) => void;
  onCancel: () => void;
}) {
  const save = useSaveCi();
  const form = useForm<CiFormValues, unknown, CiBody>({
    resolver: zodResolver(ciFormSchema(ci)),
    defaultValues: ciToFormValues(ci),
  });
  const { errors } = form.formState;

  return (
    <ModalForm
      form={form}
      fields={CI_FIELDS}
      onSave={(body, onError) =>
        save.mutate({ body, key: ci?.key }, { onSuccess: onSaved, onError })
      }
      onCancel={onCancel}
      submitLabel={ci ? 'Save' : 'Create item'}
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
        <SelectField
          control={form.control}
          name="type"
          label="Type"
          required
          data={options(CI_TYPES, CI_TYPE_LABELS)}
        />
        <TextInput
          label="Environment"
          placeholder="prod, staging, test"
          withAsterisk
          error={errors.environment?.message}
          {...form.register('environment')}
        />
        <TextInput
          label="Location"
          error={errors.location?.message}
          {...form.register('location')}
        />
        <SelectField
          control={form.control}
          name="criticality"
          label="Criticality"
          required
          data={options(CRITICALITIES, CRITICALITY_LABELS)}
        />
        <TextInput
          label="Owner team"
          withAsterisk
          error={errors.ownerGroup?.message}
          {...form.register('ownerGroup')}
        />
        <SelectField
          control={form.control}
          name="lifecycleStatus"
          label="Lifecycle"
          data={options(LIFECYCLE_STATUSES, LIFECYCLE_LABELS)}
        />
        <TextInput
          label="Version"
          disabled={ci !== undefined}
          description={ci ? 'Changes only through releases' : 'The version it runs now, if any'}
          error={errors.version?.message}
          {...form.register('version')}
        />
      </SimpleGrid>
      <AttributeRows control={form.control} register={form.register} errors={errors} />
    </ModalForm>
  );
}

type CiFormModalProps = {
  opened: boolean;
  /** The item to edit; a new one is created without it. */
  ci?: CiView;
  onClose: () => void;
  onSaved: (ci: CiView) => void;
};

export function CiFormModal({ opened, ci, onClose, onSaved }: CiFormModalProps) {
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={ci ? `Edit ${ci.name}` : 'New item'}
      size="lg"
    >
      {/* Keyed so each opening starts from the item's current values. */}
      <CiForm key={ci?.key ?? 'new'} ci={ci} onSaved={onSaved} onCancel={onClose} />
    </FormModal>
  );
}
