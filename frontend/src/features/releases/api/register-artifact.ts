import { z } from 'zod';

import { postReleasesByKeyArtifacts } from '@/api/generated/sdk.gen';
import type { ArtifactBody } from '@/api/generated/types.gen';
import { requiredText } from '@/lib/plain-text';

import type { ReleaseView } from './get-release';
import { useReleaseMutation } from './release-mutation';

const SHA256 = /^[0-9a-f]{64}$/;

export const artifactInputSchema = z.object({
  name: requiredText(200),
  version: requiredText(100),
  uri: requiredText(2000),
  size: z
    .number({ error: 'Fill in this field.' })
    .int('Enter a whole number.')
    .min(0, 'Enter 0 or more.'),
  // Pasted checksums often come upper-case or padded; the server keeps them lower-case.
  sha256: z
    .string()
    .transform((value) => value.trim().toLowerCase())
    .pipe(z.string().regex(SHA256, 'must be 64 hex digits')),
}) satisfies z.ZodType<ArtifactBody, unknown>;

export type ArtifactInput = ArtifactBody;

export const ARTIFACT_FIELDS = Object.keys(artifactInputSchema.shape);

/** Records an artifact in the definitive software library; 409 once the release is accepted. */
export async function registerArtifact(key: string, input: ArtifactInput): Promise<ReleaseView> {
  return (await postReleasesByKeyArtifacts({ path: { key }, body: input })).data;
}

export function useRegisterArtifact() {
  return useReleaseMutation(({ key, input }: { key: string; input: ArtifactInput }) =>
    registerArtifact(key, input),
  );
}
