import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { putReleasesByKey } from '@/api/generated/sdk.gen';
import type { ReleaseBody } from '@/api/generated/types.gen';
import { optionalText } from '@/lib/plain-text';

import { checkWindow, releaseDetailsShape, windowCheckWhen } from './create-release';
import { releaseQueryKey, type ReleaseView } from './get-release';

export const releaseUpdateSchema = z
  .object({ ...releaseDetailsShape, releaseNotes: optionalText(20_000) })
  .superRefine(checkWindow, windowCheckWhen) satisfies z.ZodType<Omit<ReleaseBody, 'changeKeys'>>;

export type ReleaseUpdateBody = Omit<ReleaseBody, 'changeKeys'>;

export const RELEASE_UPDATE_FIELDS = Object.keys(releaseUpdateSchema.shape);

/** The release as it stands, as an update body: for edits of one part of it. */
export function updateBodyOf(release: ReleaseView): ReleaseUpdateBody {
  return {
    name: release.name,
    type: release.type,
    releaseUnit: release.releaseUnit as ReleaseUpdateBody['releaseUnit'],
    environments: release.environments,
    plannedStart: release.plannedStart ?? '',
    plannedEnd: release.plannedEnd ?? '',
    releaseNotes: release.releaseNotes ?? '',
    backoutPlan: release.backoutPlan ?? '',
  };
}

/** Only while the release is not built yet (else 409). */
export async function updateRelease(key: string, body: ReleaseUpdateBody): Promise<ReleaseView> {
  return (await putReleasesByKey({ path: { key }, body })).data;
}

export function useUpdateRelease() {
  const queryClient = useQueryClient();
  return useMutation({
    // Each form or button shows its own errors.
    meta: { errorsShownInline: true },
    mutationFn: ({ key, body }: { key: string; body: ReleaseUpdateBody }) =>
      updateRelease(key, body),
    onSuccess: (release) => {
      queryClient.setQueryData(releaseQueryKey(release.key), release);
      void queryClient.invalidateQueries({ queryKey: ['releases', 'list'] });
    },
  });
}
