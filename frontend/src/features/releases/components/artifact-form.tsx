import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Fieldset, Group, NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { applyServerErrors } from '@/lib/form-errors';

import {
  ARTIFACT_FIELDS,
  artifactInputSchema,
  useRegisterArtifact,
  type ArtifactInput,
} from '../api/register-artifact';

type ArtifactFormValues = Omit<ArtifactInput, 'size'> & { size: number | null };

const empty: ArtifactFormValues = { name: '', version: '', uri: '', size: null, sha256: '' };

const artifactFormSchema = z
  .custom<ArtifactFormValues>()
  .transform((values): unknown => values)
  .pipe(artifactInputSchema);

/** Registers a build artifact of the definitive software library with its checksum. */
export function ArtifactForm({ releaseKey }: { releaseKey: string }) {
  const register = useRegisterArtifact();
  const form = useForm<ArtifactFormValues, unknown, ArtifactInput>({
    resolver: zodResolver(artifactFormSchema),
    defaultValues: empty,
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((input) =>
    register.mutate(
      { key: releaseKey, input },
      {
        onSuccess: () => form.reset(empty),
        onError: (error) => applyServerErrors(error, form.setError, { fields: ARTIFACT_FIELDS }),
      },
    ),
  );

  return (
    <form noValidate onSubmit={onSubmit} aria-label="Register artifact">
      <Fieldset legend="Register an artifact">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label="Name"
            withAsterisk
            error={errors.name?.message}
            {...form.register('name')}
          />
          <TextInput
            label="Version"
            withAsterisk
            error={errors.version?.message}
            {...form.register('version')}
          />
          <Controller
            control={form.control}
            name="size"
            render={({ field, fieldState }) => (
              <NumberInput
                label="Size in bytes"
                withAsterisk
                allowDecimal={false}
                allowNegative={false}
                value={field.value ?? ''}
                onChange={(value) => field.onChange(typeof value === 'number' ? value : null)}
                onBlur={field.onBlur}
                ref={field.ref}
                error={fieldState.error?.message}
              />
            )}
          />
        </SimpleGrid>
        <TextInput
          label="URI"
          description="Where the definitive software library keeps it"
          withAsterisk
          mt="sm"
          error={errors.uri?.message}
          {...form.register('uri')}
        />
        <TextInput
          label="SHA-256"
          description="64 hexadecimal characters"
          withAsterisk
          mt="sm"
          ff="monospace"
          styles={{ input: { fontFamily: 'monospace' } }}
          error={errors.sha256?.message}
          {...form.register('sha256')}
        />
        {register.error && <ProblemAlert error={register.error} />}
        <Group justify="flex-end" mt="sm">
          <Button type="submit" loading={register.isPending}>
            Register artifact
          </Button>
        </Group>
      </Fieldset>
    </form>
  );
}
