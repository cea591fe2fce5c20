import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';

import { ProblemAlert } from '@/components/ui/problem-alert';
import type { FieldError } from '@/lib/api-client';
import { applyServerErrors } from '@/lib/form-errors';

import {
  RELEASE_CREATE_FIELDS,
  useCreateRelease,
  type ReleaseCreateBody,
} from '../api/create-release';
import type { ReleaseView } from '../api/get-release';
import {
  RELEASE_UPDATE_FIELDS,
  useUpdateRelease,
  type ReleaseUpdateBody,
} from '../api/update-release';
import {
  emptyReleaseForm,
  releaseCreateFormSchema,
  releaseToFormValues,
  releaseUpdateFormSchema,
  type ReleaseFormValues,
} from '../utils/release-form';

import { CandidateChangesField } from './candidate-changes-field';
import { ReleaseDetailsFields } from './release-details-fields';

type ReleaseFormProps = {
  /** The release to edit; a new one is created without it. */
  release?: ReleaseView;
  onSaved: (release: ReleaseView) => void;
  onCancel?: () => void;
};

type Problem = { error: unknown; unmatched: FieldError[] };

/** The new-release form, or with `release` the edit of its details while it is not built. */
export function ReleaseForm({ release, onSaved, onCancel }: ReleaseFormProps) {
  const form = useForm<ReleaseFormValues, unknown, ReleaseCreateBody | ReleaseUpdateBody>({
    resolver: zodResolver(release ? releaseUpdateFormSchema : releaseCreateFormSchema),
    defaultValues: release ? releaseToFormValues(release) : emptyReleaseForm(),
  });
  const create = useCreateRelease();
  const update = useUpdateRelease();
  const [problem, setProblem] = useState<Problem>();
  const pending = create.isPending || update.isPending;

  async function save(body: ReleaseCreateBody | ReleaseUpdateBody) {
    setProblem(undefined);
    try {
      const saved = release
        ? await update.mutateAsync({ key: release.key, body: body })
        : await create.mutateAsync(body);
      onSaved(saved);
    } catch (error) {
      const fields = release ? RELEASE_UPDATE_FIELDS : RELEASE_CREATE_FIELDS;
      const unmatched = applyServerErrors(error, form.setError, { fields });
      setProblem({ error, unmatched });
    }
  }

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={form.handleSubmit(save)}>
        <Stack>
          <ReleaseDetailsFields />
          {!release && <CandidateChangesField />}
          {problem && (
            <ProblemAlert
              title="The release was not saved"
              error={problem.error}
              unmatched={problem.unmatched}
            />
          )}
          <Group justify="flex-end">
            {onCancel && (
              <Button variant="default" onClick={onCancel} disabled={pending}>
                Cancel
              </Button>
            )}
            <Button type="submit" loading={pending}>
              {release ? 'Save release' : 'Create release'}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormProvider>
  );
}
