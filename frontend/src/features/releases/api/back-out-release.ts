import { z } from 'zod';

import { api } from '@/lib/api-client';
import { requiredText } from '@/lib/plain-text';

import { getRelease, releaseViewSchema, type ReleaseView } from './get-release';
import { useReleaseMutation } from './release-mutation';

export const backOutInputSchema = z.object({ reason: requiredText(2000) });

export type BackOutInput = z.infer<typeof backOutInputSchema>;

/** Stops the rollout and backs out every deployed wave; 409 unless the release is rolling out. */
export async function backOutRelease(key: string, input: BackOutInput): Promise<ReleaseView> {
  const body = await api.post(`/releases/${encodeURIComponent(key)}/back-out`, input);
  const release = releaseViewSchema.safeParse(body);
  return release.success ? release.data : getRelease(key);
}

export function useBackOutRelease() {
  return useReleaseMutation(({ key, input }: { key: string; input: BackOutInput }) =>
    backOutRelease(key, input),
  );
}
