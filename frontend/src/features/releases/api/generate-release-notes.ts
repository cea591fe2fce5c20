import { postReleasesByKeyReleaseNotesGenerate } from '@/api/generated/sdk.gen';

import type { ReleaseView } from './get-release';
import { useReleaseMutation } from './release-mutation';

/** Writes the release notes anew from the included changes. */
export async function generateReleaseNotes(key: string): Promise<ReleaseView> {
  return (await postReleasesByKeyReleaseNotesGenerate({ path: { key } })).data;
}

export function useGenerateReleaseNotes() {
  return useReleaseMutation(generateReleaseNotes);
}
