import { postReleasesByKeyBackOut } from '@/api/generated/sdk.gen';
import type { BackOut } from '@/api/generated/types.gen';

import type { ReleaseView } from './get-release';
import { useReleaseMutation } from './release-mutation';

export type BackOutInput = BackOut;

/** Stops the rollout and backs out every deployed wave; 409 unless the release is rolling out. */
export async function backOutRelease(key: string, input: BackOutInput): Promise<ReleaseView> {
  return (await postReleasesByKeyBackOut({ path: { key }, body: input })).data;
}

export function useBackOutRelease() {
  return useReleaseMutation(({ key, input }: { key: string; input: BackOutInput }) =>
    backOutRelease(key, input),
  );
}
