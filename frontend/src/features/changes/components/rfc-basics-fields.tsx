import {
  Fieldset,
  Select,
  SimpleGrid,
  Switch,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { Controller, useFormContext } from 'react-hook-form';

import type { ChangeFormValues } from '../utils/change-form';
import { CATEGORIES, CATEGORY_LABELS } from '../utils/vocabulary';

import { listErrorMessage } from './rfc-field-error';

const categoryOptions = CATEGORIES.map((value) => ({ value, label: CATEGORY_LABELS[value] }));

/** Title, texts, category, implementer, references and the emergency switch. */
export function RfcBasicsFields({ categoryLocked }: { categoryLocked: boolean }) {
  const {
    register,
    control,
    formState: { errors },
  } = useFormContext<ChangeFormValues>();

  return (
    <Fieldset legend="Basics">
      <TextInput label="Title" withAsterisk error={errors.title?.message} {...register('title')} />
      <Textarea
        label="Description"
        withAsterisk
        autosize
        minRows={3}
        mt="sm"
        error={errors.description?.message}
        {...register('description')}
      />
      <Textarea
        label="Justification"
        description="Why the change is needed, and what happens without it"
        withAsterisk
        autosize
        minRows={2}
        mt="sm"
        error={errors.justification?.message}
        {...register('justification')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} mt="sm">
        <Controller
          control={control}
          name="category"
          render={({ field, fieldState }) => (
            <Select
              label="Category"
              withAsterisk
              data={categoryOptions}
              value={field.value}
              onChange={(value) => field.onChange(value)}
              onBlur={field.onBlur}
              ref={field.ref}
              readOnly={categoryLocked}
              error={fieldState.error?.message}
            />
          )}
        />
        <TextInput
          label="Implementer"
          description="Username of who carries it out, if known"
          error={errors.implementer?.message}
          {...register('implementer')}
        />
      </SimpleGrid>
      <Controller
        control={control}
        name="incidentRefs"
        render={({ field, fieldState }) => (
          <TagsInput
            label="Incident and problem references"
            description="Press Enter or comma after each, e.g. INC-1234"
            mt="sm"
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            ref={field.ref}
            splitChars={[',', ' ']}
            clearable
            error={listErrorMessage(fieldState.error)}
          />
        )}
      />
      <Controller
        control={control}
        name="emergency"
        render={({ field }) => (
          <Switch
            label="Emergency change"
            description="Asks for the emergency route: ECAB instead of the regular CAB"
            mt="md"
            color="red"
            checked={field.value}
            onChange={(event) => field.onChange(event.currentTarget.checked)}
            onBlur={field.onBlur}
            ref={field.ref}
          />
        )}
      />
    </Fieldset>
  );
}
