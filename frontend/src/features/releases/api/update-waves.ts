import { z } from 'zod';

import { api } from '@/lib/api-client';
import { plainText } from '@/lib/plain-text';

import { getRelease, releaseViewSchema, type ReleaseView } from './get-release';
import { useReleaseMutation } from './release-mutation';

const ENVIRONMENT = /^[A-Za-z0-9_.-]+$/;

export const waveInputSchema = z.object({
  name: plainText(1, 100),
  environment: z
    .string()
    .min(1, 'must not be blank')
    .max(40, 'size must be between 1 and 40')
    .regex(ENVIRONMENT, 'may only contain letters, digits and _ . -'),
  percent: z
    .number({ error: 'must not be null' })
    .int('must be a whole number')
    .min(1, 'must be between 1 and 100')
    .max(100, 'must be between 1 and 100'),
  manualGate: z.boolean(),
  simulatedFailureRate: z
    .number({ error: 'must not be null' })
    .min(0, 'must be between 0 and 1')
    .max(1, 'must be between 0 and 1'),
});

export const wavesSchema = z
  .array(waveInputSchema)
  .min(1, 'must not be empty')
  .max(20, 'size must be between 1 and 20');

export type WaveInput = z.output<typeof waveInputSchema>;

/** Replaces the rollout plan; only while the release is not built yet (else 409). */
export async function updateWaves(key: string, waves: WaveInput[]): Promise<ReleaseView> {
  const body = await api.put(`/releases/${encodeURIComponent(key)}/waves`, waves);
  return body === undefined ? getRelease(key) : releaseViewSchema.parse(body);
}

export function useUpdateWaves() {
  return useReleaseMutation(({ key, waves }: { key: string; waves: WaveInput[] }) =>
    updateWaves(key, waves),
  );
}
