import { zodResolver } from '@hookform/resolvers/zod';
import { Checkbox, Group, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';

import { FormModal, ModalForm } from '@/components/form-modal/form-modal';
import { SelectField } from '@/components/form-modal/select-field';

import type { ChangeModel } from '../api/get-all-change-models';
import {
  CHANGE_MODEL_FIELDS,
  changeModelInputSchema,
  useSaveChangeModel,
  type ChangeModelInput,
} from '../api/save-change-model';
import {
  CATEGORIES,
  CI_TYPES,
  categoryLabel,
  ciTypeLabel,
  type Category,
} from '../utils/vocabulary';

type ChangeModelFormValues = {
  name: string;
  description: string;
  category: Category | null;
  implementationPlan: string;
  testPlan: string;
  backoutPlan: string;
  allowedCiTypes: string[];
};

const formSchema = z
  .custom<ChangeModelFormValues>()
  .transform((values): unknown => values)
  .pipe(changeModelInputSchema);

const categoryOptions = CATEGORIES.map((value) => ({ value, label: categoryLabel(value) }));

function valuesOf(model?: ChangeModel): ChangeModelFormValues {
  return {
    name: model?.name ?? '',
    description: model?.description ?? '',
    category: model?.category ?? null,
    implementationPlan: model?.implementationPlan ?? '',
    testPlan: model?.testPlan ?? '',
    backoutPlan: model?.backoutPlan ?? '',
    allowedCiTypes: [...(model?.allowedCiTypes ?? [])],
  };
}

function ChangeModelForm({
  model,
  onDone,
  onCancel,
}: {
  model?: ChangeModel;
  onDone: () => void;
  onCancel: () => void;
}) {
  const save = useSaveChangeModel();
  const form = useForm<ChangeModelFormValues, unknown, ChangeModelInput>({
    resolver: zodResolver(formSchema),
    defaultValues: valuesOf(model),
  });
  const { errors } = form.formState;

  return (
    <ModalForm
      form={form}
      fields={CHANGE_MODEL_FIELDS}
      onSave={(input, onError) =>
        save.mutate({ input, id: model?.id }, { onSuccess: onDone, onError })
      }
      onCancel={onCancel}
      submitLabel={model ? 'Save' : 'Create model'}
      pending={save.isPending}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label="Name"
          withAsterisk
          data-autofocus
          error={errors.name?.message}
          {...form.register('name')}
        />
        <SelectField
          control={form.control}
          name="category"
          label="Category"
          required
          data={categoryOptions}
        />
      </SimpleGrid>
      <Textarea
        label="Description"
        description="When to use this model"
        withAsterisk
        autosize
        minRows={2}
        error={errors.description?.message}
        {...form.register('description')}
      />
      <Controller
        control={form.control}
        name="allowedCiTypes"
        render={({ field, fieldState }) => (
          <Checkbox.Group
            label="Allowed CI types"
            description="The kinds of configuration item its changes may touch"
            withAsterisk
            value={field.value}
            onChange={field.onChange}
            error={fieldState.error?.message}
          >
            <Group mt="xs">
              {CI_TYPES.map((type) => (
                <Checkbox key={type} value={type} label={ciTypeLabel(type)} />
              ))}
            </Group>
          </Checkbox.Group>
        )}
      />
      <Textarea
        label="Implementation plan"
        withAsterisk
        autosize
        minRows={3}
        error={errors.implementationPlan?.message}
        {...form.register('implementationPlan')}
      />
      <Textarea
        label="Test plan"
        withAsterisk
        autosize
        minRows={2}
        error={errors.testPlan?.message}
        {...form.register('testPlan')}
      />
      <Textarea
        label="Backout plan"
        withAsterisk
        autosize
        minRows={2}
        error={errors.backoutPlan?.message}
        {...form.register('backoutPlan')}
      />
    </ModalForm>
  );
}

type ChangeModelFormModalProps = {
  opened: boolean;
  /** The model to edit; a new one is created without it. */
  model?: ChangeModel;
  onClose: () => void;
};

export function ChangeModelFormModal({ opened, model, onClose }: ChangeModelFormModalProps) {
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={model ? `Edit ${model.name}` : 'New change model'}
      size="xl"
    >
      {/* Keyed so each opening starts from the model's current values. */}
      <ChangeModelForm key={model?.id ?? 'new'} model={model} onDone={onClose} onCancel={onClose} />
    </FormModal>
  );
}
