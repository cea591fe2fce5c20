import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';

import { api } from '@/lib/api-client';
import { list, nullable } from '@/lib/schema';

import { isMoving } from '../utils/vocabulary';

export const POLL_INTERVAL_MS = 2000;

export const waveSchema = z.object({
  name: z.string(),
  environment: z.string(),
  percent: z.number(),
  manualGate: z.boolean(),
  simulatedFailureRate: z.number(),
});

export type Wave = z.infer<typeof waveSchema>;

export const artifactSchema = z.object({
  id: z.string(),
  name: z.string(),
  version: z.string(),
  uri: nullable(z.string()),
  size: nullable(z.number()),
  sha256: z.string(),
  registeredBy: nullable(z.string()),
  registeredAt: nullable(z.string()),
});

export type Artifact = z.infer<typeof artifactSchema>;

export const waveProgressSchema = z.object({
  wave: z.string(),
  environment: nullable(z.string()),
  percent: nullable(z.number()),
  state: z.string(),
  deployStartedAt: nullable(z.string()),
  deployedAt: nullable(z.string()),
  verifiedAt: nullable(z.string()),
  backedOutAt: nullable(z.string()),
  durationMs: nullable(z.number()),
});

export type WaveProgress = z.infer<typeof waveProgressSchema>;

export const releaseTaskSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  candidateGroups: list(z.string()),
});

export type ReleaseTask = z.infer<typeof releaseTaskSchema>;

export const releaseHistoryEntrySchema = z.object({
  at: z.string(),
  elementId: z.string(),
  stepName: z.string(),
  state: nullable(z.string()),
  actor: nullable(z.string()),
  outcome: nullable(z.string()),
  detail: nullable(z.string()),
  /** The rollout wave the step belongs to, if any. */
  wave: nullable(z.string()),
});

export type ReleaseHistoryEntry = z.infer<typeof releaseHistoryEntrySchema>;

export const releaseViewSchema = z.object({
  key: z.string(),
  name: z.string(),
  type: z.string(),
  releaseUnit: list(z.string()),
  environments: list(z.string()),
  waves: list(waveSchema),
  plannedStart: nullable(z.string()),
  plannedEnd: nullable(z.string()),
  releaseNotes: nullable(z.string()),
  backoutPlan: nullable(z.string()),
  state: z.string(),
  builder: nullable(z.string()),
  createdBy: nullable(z.string()),
  createdAt: nullable(z.string()),
  currentStep: nullable(z.string()),
  currentStepName: nullable(z.string()),
  changes: list(z.object({ key: z.string(), title: z.string(), state: z.string() })),
  artifacts: list(artifactSchema),
  waveProgress: list(waveProgressSchema),
  testResults: nullable(z.object({ passed: z.number(), failed: z.number() })),
  openTasks: list(releaseTaskSchema),
  history: list(releaseHistoryEntrySchema),
  visitedElements: list(z.string()),
  artifactsLocked: z
    .boolean()
    .nullish()
    .transform((value) => value ?? false),
});

export type ReleaseView = z.infer<typeof releaseViewSchema>;

export async function getRelease(key: string, { signal }: { signal?: AbortSignal } = {}) {
  return releaseViewSchema.parse(await api.get(`/releases/${encodeURIComponent(key)}`, { signal }));
}

// Under ['releases'], which server-sent events invalidate as a whole.
export const releaseQueryKey = (key: string) => ['releases', 'detail', key] as const;

export function getReleaseQueryOptions(key: string) {
  return queryOptions({
    queryKey: releaseQueryKey(key),
    queryFn: ({ signal }) => getRelease(key, { signal }),
    // Workers move a running release on by themselves; poll until it waits for people again.
    // (Live events refresh it too; polling covers browsers without them.)
    refetchInterval: (query) =>
      query.state.data && isMoving(query.state.data) ? POLL_INTERVAL_MS : false,
  });
}

export function useRelease(key: string) {
  return useQuery({ ...getReleaseQueryOptions(key), enabled: key !== '' });
}
