import { postReleasesByKeyBuild } from '@/api/generated/sdk.gen';

import type { ReleaseView } from './get-release';
import { useReleaseMutation } from './release-mutation';

/** Starts the release process: the release is built, then tested. */
export async function buildRelease(key: string): Promise<ReleaseView> {
  return (await postReleasesByKeyBuild({ path: { key } })).data;
}

export function useBuildRelease() {
  return useReleaseMutation(buildRelease);
}
