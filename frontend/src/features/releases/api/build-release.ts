import { api } from '@/lib/api-client';

import { getRelease, releaseViewSchema, type ReleaseView } from './get-release';
import { useReleaseMutation } from './release-mutation';

/** Starts the release process: the release is built, then tested. */
export async function buildRelease(key: string): Promise<ReleaseView> {
  const body = await api.post(`/releases/${encodeURIComponent(key)}/build`);
  const release = releaseViewSchema.safeParse(body);
  return release.success ? release.data : getRelease(key);
}

export function useBuildRelease() {
  return useReleaseMutation(buildRelease);
}
