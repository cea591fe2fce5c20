import { z } from 'zod';

import { api } from '@/lib/api-client';
import { requiredText } from '@/lib/plain-text';

import { getRelease, releaseViewSchema, type ReleaseView } from './get-release';
import { useReleaseMutation } from './release-mutation';

const SHA256 = /^[0-9a-f]{64}$/;

export const artifactInputSchema = z.object({
  name: requiredText(200),
  version: requiredText(100),
  uri: requiredText(2000),
  size: z
    .number({ error: 'must not be null' })
    .int('must be a whole number')
    .min(0, 'must be greater than or equal to 0'),
  // Pasted checksums often come upper-case or padded; the server keeps them lower-case.
  sha256: z
    .string()
    .transform((value) => value.trim().toLowerCase())
    .pipe(z.string().regex(SHA256, 'must be 64 hex digits')),
});

export type ArtifactInput = z.output<typeof artifactInputSchema>;

export const ARTIFACT_FIELDS = Object.keys(artifactInputSchema.shape);

/** Records an artifact in the definitive software library; 409 once the release is accepted. */
export async function registerArtifact(key: string, input: ArtifactInput): Promise<ReleaseView> {
  const body = await api.post(`/releases/${encodeURIComponent(key)}/artifacts`, input);
  // The answer may be the artifact rather than the release: read the release then.
  const release = releaseViewSchema.safeParse(body);
  return release.success ? release.data : getRelease(key);
}

export function useRegisterArtifact() {
  return useReleaseMutation(({ key, input }: { key: string; input: ArtifactInput }) =>
    registerArtifact(key, input),
  );
}
