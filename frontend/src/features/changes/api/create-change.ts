import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { postChanges } from '@/api/generated/sdk.gen';
import type { ChangeRequestBody as ChangeRequestContract } from '@/api/generated/types.gen';
import { isOffsetDateTime, isValidTimeZone } from '@/lib/time-zone';

import { CATEGORIES } from '../utils/vocabulary';

import { changeQueryKey, type ChangeView } from './get-change';

// The server's rules for an RFC, field for field and with its messages, so the form rejects
// what the server would and both say it the same way.

const HTML_TAG = /<[a-zA-Z/!]/;
const INCIDENT_REF = /^[A-Za-z0-9_.:#-]+$/;
const SHA256 = /^[0-9a-f]{64}$/;
export const MAX_ATTACHMENT_SIZE = 104_857_600;
const MAX_YEARS_AHEAD = 2;

const between = (min: number, max: number) => `size must be between ${min} and ${max}`;

function text(min: number, max: number) {
  return z
    .string({ error: 'must not be null' })
    .refine((value) => min === 0 || value.trim().length > 0, 'must not be blank')
    .refine((value) => value.length >= min && value.length <= max, between(min, max))
    .refine((value) => !HTML_TAG.test(value), 'must not contain HTML');
}

const level = z
  .number({ error: 'must not be null' })
  .int('must be a whole number')
  .min(1, 'must be between 1 and 3')
  .max(3, 'must be between 1 and 3');

const dateTime = z
  .string({ error: 'must not be null' })
  .refine((value) => value !== '', 'must not be null')
  .refine((value) => value === '' || isOffsetDateTime(value), 'must be a date-time with an offset');

export const changeAttachmentSchema = z.object({
  name: text(1, 255),
  size: z
    .number({ error: 'must not be null' })
    .int('must be a whole number')
    .min(0, `must be between 0 and ${MAX_ATTACHMENT_SIZE}`)
    .max(MAX_ATTACHMENT_SIZE, `must be between 0 and ${MAX_ATTACHMENT_SIZE}`),
  sha256: z.string().regex(SHA256, 'must be 64 lowercase hex characters'),
});

function yearsAhead(years: number, now: number): number {
  const limit = new Date(now);
  limit.setUTCFullYear(limit.getUTCFullYear() + years);
  return limit.getTime();
}

export const changeRequestSchema = z
  .object({
    title: text(3, 200).refine((value) => !/[<>]/.test(value), 'must not contain < or >'),
    description: text(1, 20_000),
    justification: text(1, 5_000),
    category: z.enum(CATEGORIES, { error: 'must not be null' }),
    implementer: z
      .string()
      .refine((value) => !HTML_TAG.test(value), 'must not contain HTML')
      .optional(),
    affectedCis: z.array(z.string()).max(50, between(0, 50)),
    impact: level,
    urgency: level,
    implementationPlan: text(1, 20_000),
    testPlan: text(1, 20_000),
    backoutPlan: text(1, 20_000),
    plannedStart: dateTime,
    plannedEnd: dateTime,
    timeZone: z.string().refine(isValidTimeZone, 'must be a valid IANA time zone'),
    incidentRefs: z
      .array(
        z
          .string()
          .min(1, between(1, 40))
          .max(40, between(1, 40))
          .regex(INCIDENT_REF, 'may only contain letters, digits and _ . : # -'),
      )
      .max(20, between(0, 20)),
    attachments: z.array(changeAttachmentSchema).max(20, between(0, 20)),
    emergency: z.boolean(),
    changeModelId: z.string().optional(),
  })
  .superRefine(
    ({ plannedStart, plannedEnd }, ctx) => {
      checkWindow(plannedStart, plannedEnd, ctx);
    },
    // Runs even when other fields are wrong, so every problem shows at once.
    {
      when: ({ value, issues }) =>
        typeof value === 'object' &&
        value !== null &&
        !issues.some((issue) => /^planned/.test(String(issue.path?.[0]))),
    },
  ) satisfies z.ZodType<ChangeRequestContract>;

function checkWindow(plannedStart: string, plannedEnd: string, ctx: z.RefinementCtx) {
  const start = Date.parse(plannedStart);
  const end = Date.parse(plannedEnd);
  if (!Number.isNaN(start) && !Number.isNaN(end) && end <= start) {
    ctx.addIssue({ code: 'custom', path: ['plannedEnd'], message: 'must be after plannedStart' });
  }
  if (!Number.isNaN(start) && start > yearsAhead(MAX_YEARS_AHEAD, Date.now())) {
    ctx.addIssue({
      code: 'custom',
      path: ['plannedStart'],
      message: 'must be at most 2 years ahead',
    });
  }
}

/** A request body of the contract (the schema satisfies it), held to the server's rules. */
export type ChangeRequestBody = z.output<typeof changeRequestSchema>;

export const CHANGE_REQUEST_FIELDS = Object.keys(changeRequestSchema.shape);

export async function createChange(body: ChangeRequestBody): Promise<ChangeView> {
  return (await postChanges({ body })).data;
}

export function useCreateChange() {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { errorsShownInline: true },
    mutationFn: createChange,
    onSuccess: (change) => {
      queryClient.setQueryData(changeQueryKey(change.key), change);
      void queryClient.invalidateQueries({ queryKey: ['changes', 'list'] });
    },
  });
}
