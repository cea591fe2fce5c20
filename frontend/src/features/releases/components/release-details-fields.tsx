import {
  Fieldset,
  MultiSelect,
  Select,
  SimpleGrid,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { Controller, useFormContext } from 'react-hook-form';

import { browserTimeZone } from '@/lib/time-zone';

import type { ReleaseFormValues } from '../utils/release-form';
import {
  CI_TYPES,
  humanize,
  RELEASE_TYPES,
  SUGGESTED_ENVIRONMENTS,
  TYPE_LABELS,
} from '../utils/vocabulary';

import { listErrorMessage } from './field-error';

const typeOptions = RELEASE_TYPES.map((value) => ({ value, label: TYPE_LABELS[value] }));
const unitOptions = CI_TYPES.map((value) => ({ value, label: humanize(value) }));

/** Name, type, release unit, environments, planned window and backout plan. */
export function ReleaseDetailsFields() {
  const {
    register,
    control,
    formState: { errors },
  } = useFormContext<ReleaseFormValues>();

  return (
    <Fieldset legend="Release">
      <TextInput label="Name" withAsterisk error={errors.name?.message} {...register('name')} />
      <SimpleGrid cols={{ base: 1, sm: 3 }} mt="sm">
        <Controller
          control={control}
          name="type"
          render={({ field, fieldState }) => (
            <Select
              label="Type"
              description="Delta, full or package release"
              withAsterisk
              data={typeOptions}
              value={field.value}
              onChange={(value) => field.onChange(value)}
              onBlur={field.onBlur}
              ref={field.ref}
              error={fieldState.error?.message}
            />
          )}
        />
        <Controller
          control={control}
          name="releaseUnit"
          render={({ field, fieldState }) => (
            <MultiSelect
              label="Release unit"
              description="Kinds of configuration items it changes; none: all kinds"
              data={unitOptions}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              ref={field.ref}
              error={listErrorMessage(fieldState.error)}
            />
          )}
        />
        <Controller
          control={control}
          name="environments"
          render={({ field, fieldState }) => (
            <TagsInput
              label="Environments"
              description="Pick or type, Enter to add; none: those of the default waves"
              data={SUGGESTED_ENVIRONMENTS}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              ref={field.ref}
              error={listErrorMessage(fieldState.error)}
            />
          )}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} mt="sm">
        <TextInput
          type="datetime-local"
          label="Planned start"
          description={`Your time zone: ${browserTimeZone()}`}
          withAsterisk
          error={errors.plannedStart?.message}
          {...register('plannedStart')}
        />
        <TextInput
          type="datetime-local"
          label="Planned end"
          description=" "
          withAsterisk
          error={errors.plannedEnd?.message}
          {...register('plannedEnd')}
        />
      </SimpleGrid>
      <Textarea
        label="Backout plan"
        description="How the rollout is undone if a wave fails"
        withAsterisk
        autosize
        minRows={3}
        mt="sm"
        error={errors.backoutPlan?.message}
        {...register('backoutPlan')}
      />
    </Fieldset>
  );
}
