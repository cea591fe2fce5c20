import { api } from '@/lib/api-client';

import { getRelease, releaseViewSchema, type ReleaseView } from './get-release';
import { useReleaseMutation } from './release-mutation';

export async function removeReleaseChange(key: string, changeKey: string): Promise<ReleaseView> {
  const body = await api.delete(
    `/releases/${encodeURIComponent(key)}/changes/${encodeURIComponent(changeKey)}`,
  );
  // A 204 carries no release; read it again then.
  return body === undefined ? getRelease(key) : releaseViewSchema.parse(body);
}

export function useRemoveReleaseChange() {
  return useReleaseMutation(({ key, changeKey }: { key: string; changeKey: string }) =>
    removeReleaseChange(key, changeKey),
  );
}
