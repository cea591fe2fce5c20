import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';

import { api } from '@/lib/api-client';
import { list, nullable } from '@/lib/schema';

import { CATEGORIES, changeStateSchema } from '../utils/vocabulary';

import { changeSummarySchema } from './get-changes';

export const historyEntrySchema = z.object({
  at: z.string(),
  elementId: z.string(),
  stepName: z.string(),
  state: nullable(changeStateSchema),
  actor: nullable(z.string()),
  outcome: nullable(z.string()),
  detail: nullable(z.string()),
});

export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const attachmentSchema = z.object({
  name: z.string(),
  size: z.number(),
  sha256: z.string(),
});

export const changeViewSchema = changeSummarySchema.extend({
  description: z.string(),
  justification: z.string(),
  category: z.enum(CATEGORIES),
  implementer: nullable(z.string()),
  affectedCis: list(z.string()),
  impact: z.number().int(),
  urgency: z.number().int(),
  implementationPlan: z.string(),
  testPlan: z.string(),
  backoutPlan: z.string(),
  incidentRefs: list(z.string()),
  attachments: list(attachmentSchema),
  emergency: z.boolean(),
  changeModelId: nullable(z.string()),
  revision: z.number().int(),
  currentStep: nullable(z.string()),
  closeReason: nullable(z.string()),
  createdAt: z.string(),
  submittedAt: nullable(z.string()),
  history: list(historyEntrySchema),
});

export type ChangeView = z.infer<typeof changeViewSchema>;

export async function getChange(key: string, { signal }: { signal?: AbortSignal } = {}) {
  return changeViewSchema.parse(await api.get(`/changes/${encodeURIComponent(key)}`, { signal }));
}

export const changeQueryKey = (key: string) => ['changes', 'detail', key] as const;

export function getChangeQueryOptions(key: string) {
  return queryOptions({
    queryKey: changeQueryKey(key),
    queryFn: ({ signal }) => getChange(key, { signal }),
  });
}

export function useChange(key: string | undefined) {
  return useQuery({
    ...getChangeQueryOptions(key ?? ''),
    enabled: key !== undefined && key !== '',
  });
}
