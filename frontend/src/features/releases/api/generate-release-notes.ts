import { api } from '@/lib/api-client';

import { releaseViewSchema, type ReleaseView } from './get-release';
import { useReleaseMutation } from './release-mutation';

/** Writes the release notes anew from the included changes. */
export async function generateReleaseNotes(key: string): Promise<ReleaseView> {
  return releaseViewSchema.parse(
    await api.post(`/releases/${encodeURIComponent(key)}/release-notes/generate`),
  );
}

export function useGenerateReleaseNotes() {
  return useReleaseMutation(generateReleaseNotes);
}
