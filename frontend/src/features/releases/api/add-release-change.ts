import { postReleasesByKeyChanges } from '@/api/generated/sdk.gen';

import type { ReleaseView } from './get-release';
import { useReleaseMutation } from './release-mutation';

export async function addReleaseChange(key: string, changeKey: string): Promise<ReleaseView> {
  return (await postReleasesByKeyChanges({ path: { key }, body: { changeKey } })).data;
}

export function useAddReleaseChange() {
  return useReleaseMutation(({ key, changeKey }: { key: string; changeKey: string }) =>
    addReleaseChange(key, changeKey),
  );
}
