import { postReleasesByKeyChanges } from '@/api/generated/sdk.gen';
import type { ChangeRef } from '@/api/generated/types.gen';

import type { ReleaseView } from './get-release';
import { useReleaseMutation } from './release-mutation';

export async function addReleaseChange(key: string, changeKey: string): Promise<ReleaseView> {
  // TODO(contract): the server takes {changeKey}, but its request record is named ChangeRef like
  // ReleaseView.ChangeRef, and the document shows only the latter. Drop the cast once renamed.
  const body = { changeKey } as unknown as ChangeRef;
  return (await postReleasesByKeyChanges({ path: { key }, body })).data;
}

export function useAddReleaseChange() {
  return useReleaseMutation(({ key, changeKey }: { key: string; changeKey: string }) =>
    addReleaseChange(key, changeKey),
  );
}
