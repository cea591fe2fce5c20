import { Checkbox, Fieldset, Skeleton, Stack, Text } from '@mantine/core';
import { Controller, useFormContext } from 'react-hook-form';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { browserTimeZone, formatWindow } from '@/lib/time-zone';

import { useCandidates } from '../api/get-candidates';
import type { ReleaseFormValues } from '../utils/release-form';

import { listErrorMessage } from './field-error';

/** The approved changes no open release holds yet, to bundle into the new one. */
export function CandidateChangesField() {
  const { control } = useFormContext<ReleaseFormValues>();
  const candidates = useCandidates();
  const zone = browserTimeZone();

  return (
    <Fieldset legend="Changes">
      {candidates.isPending ? (
        <Skeleton height={60} aria-label="Loading changes ready for release" />
      ) : candidates.isError ? (
        <ProblemAlert
          title="Could not load the changes ready for release"
          error={candidates.error}
        />
      ) : candidates.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          No change is ready for release. Changes appear here once they are approved and scheduled.
        </Text>
      ) : (
        <Controller
          control={control}
          name="changeKeys"
          render={({ field, fieldState }) => (
            <Checkbox.Group
              label="Changes ready for release"
              value={field.value}
              onChange={field.onChange}
              error={listErrorMessage(fieldState.error)}
            >
              <Stack gap="xs" mt="xs">
                {candidates.data.map((change) => (
                  <Checkbox
                    key={change.key}
                    value={change.key}
                    label={`${change.key} ${change.title}`}
                    description={formatWindow(change.plannedStart, change.plannedEnd, zone)}
                  />
                ))}
              </Stack>
            </Checkbox.Group>
          )}
        />
      )}
    </Fieldset>
  );
}
