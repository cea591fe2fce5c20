import { deleteReleasesByKeyChangesByChangeKey } from '@/api/generated/sdk.gen';

import type { ReleaseView } from './get-release';
import { useReleaseMutation } from './release-mutation';

export async function removeReleaseChange(key: string, changeKey: string): Promise<ReleaseView> {
  return (await deleteReleasesByKeyChangesByChangeKey({ path: { key, changeKey } })).data;
}

export function useRemoveReleaseChange() {
  return useReleaseMutation(({ key, changeKey }: { key: string; changeKey: string }) =>
    removeReleaseChange(key, changeKey),
  );
}
