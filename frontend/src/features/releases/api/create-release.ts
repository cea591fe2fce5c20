import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { postReleases } from '@/api/generated/sdk.gen';
import type { ReleaseBody } from '@/api/generated/types.gen';
import { requiredText, sizeBetween } from '@/lib/plain-text';
import { isOffsetDateTime } from '@/lib/time-zone';

import { CI_TYPES, RELEASE_TYPES } from '../utils/vocabulary';

import { releaseQueryKey, type ReleaseView } from './get-release';

const dateTime = z
  .string({ error: 'Fill in this field.' })
  .refine((value) => value !== '', 'Fill in this field.')
  .refine((value) => value === '' || isOffsetDateTime(value), 'Enter a date and time.');

/** The fields a release has before it is built, shared by create and update. */
export const releaseDetailsShape = {
  name: requiredText(200),
  type: z.enum(RELEASE_TYPES, { error: 'Fill in this field.' }),
  // Empty: every type.
  releaseUnit: z
    .array(z.enum(CI_TYPES, { error: 'Choose a configuration item type.' }))
    .max(10, sizeBetween(0, 10)),
  // Empty: the environments of the default waves.
  environments: z.array(requiredText(40)).max(10, sizeBetween(0, 10)),
  plannedStart: dateTime,
  plannedEnd: dateTime,
  backoutPlan: requiredText(5000),
};

/** The planned window must end after it starts; the issue goes on plannedEnd, as the server's. */
export function checkWindow(
  { plannedStart, plannedEnd }: { plannedStart: string; plannedEnd: string },
  ctx: z.RefinementCtx,
) {
  const start = Date.parse(plannedStart);
  const end = Date.parse(plannedEnd);
  if (!Number.isNaN(start) && !Number.isNaN(end) && end <= start) {
    ctx.addIssue({
      code: 'custom',
      path: ['plannedEnd'],
      message: 'The planned end must be after the planned start.',
    });
  }
}

// Runs even when other fields are wrong, so every problem shows at once.
export const windowCheckWhen = {
  when: ({ value, issues }: { value: unknown; issues: ReadonlyArray<{ path?: PropertyKey[] }> }) =>
    typeof value === 'object' &&
    value !== null &&
    !issues.some((issue) => /^planned/.test(String(issue.path?.[0]))),
};

export const releaseCreateSchema = z
  .object({
    ...releaseDetailsShape,
    changeKeys: z.array(requiredText(20)).max(100, sizeBetween(0, 100)),
  })
  .superRefine(checkWindow, windowCheckWhen) satisfies z.ZodType<Omit<ReleaseBody, 'releaseNotes'>>;

export type ReleaseCreateBody = Omit<ReleaseBody, 'releaseNotes'>;

export const RELEASE_CREATE_FIELDS = Object.keys(releaseCreateSchema.shape);

export async function createRelease(body: ReleaseCreateBody): Promise<ReleaseView> {
  return (await postReleases({ body })).data;
}

export function useCreateRelease() {
  const queryClient = useQueryClient();
  return useMutation({
    // Each form or button shows its own errors.
    meta: { errorsShownInline: true },
    mutationFn: createRelease,
    onSuccess: (release) => {
      queryClient.setQueryData(releaseQueryKey(release.key), release);
      void queryClient.invalidateQueries({ queryKey: ['releases', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['releases', 'candidates'] });
    },
  });
}
