import { api } from '@/lib/api-client';

import { releaseViewSchema, type ReleaseView } from './get-release';
import { useReleaseMutation } from './release-mutation';

export async function addReleaseChange(key: string, changeKey: string): Promise<ReleaseView> {
  return releaseViewSchema.parse(
    await api.post(`/releases/${encodeURIComponent(key)}/changes`, { changeKey }),
  );
}

export function useAddReleaseChange() {
  return useReleaseMutation(({ key, changeKey }: { key: string; changeKey: string }) =>
    addReleaseChange(key, changeKey),
  );
}
