import { z } from 'zod';

import { putReleasesByKeyWaves } from '@/api/generated/sdk.gen';
import type { Wave } from '@/api/generated/types.gen';

import type { ReleaseView } from './get-release';
import { useReleaseMutation } from './release-mutation';

// The server's rules for a rollout plan (its Waves check), with its messages.

const text = (max: number) =>
  z
    .string()
    .refine(
      (value) => value.trim().length > 0 && value.length <= max,
      `must be 1 to ${max} characters`,
    );

export const waveInputSchema = z.object({
  name: text(100),
  environment: text(40),
  percent: z
    .number({ error: 'Fill in this field.' })
    .int('Enter a whole number.')
    .min(1, 'must be between 1 and 100')
    .max(100, 'must be between 1 and 100'),
  manualGate: z.boolean(),
  simulatedFailureRate: z
    .number({ error: 'Fill in this field.' })
    .min(0, 'must be between 0 and 1')
    .max(1, 'must be between 0 and 1'),
}) satisfies z.ZodType<Wave>;

export const wavesSchema = z
  .array(waveInputSchema)
  .min(1, 'a rollout needs at least one wave')
  .max(20, 'at most 20 waves')
  .superRefine((waves, ctx) => {
    const names = new Set<string>();
    waves.forEach(({ name }, index) => {
      const trimmed = name.trim();
      if (trimmed && names.has(trimmed)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'name'],
          message: `another wave is named ${trimmed}`,
        });
      }
      names.add(trimmed);
    });
  });

export type WaveInput = Wave;

/** Replaces the rollout plan; only while the release is not built yet (else 409). */
export async function updateWaves(key: string, waves: WaveInput[]): Promise<ReleaseView> {
  return (await putReleasesByKeyWaves({ path: { key }, body: waves })).data;
}

export function useUpdateWaves() {
  return useReleaseMutation(({ key, waves }: { key: string; waves: WaveInput[] }) =>
    updateWaves(key, waves),
  );
}
