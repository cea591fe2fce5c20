import { postReleasesByKeyRolloutOverride } from '@/api/generated/sdk.gen';
import type { WindowOverride } from '@/api/generated/types.gen';

import type { ReleaseView } from './get-release';
import { useReleaseMutation } from './release-mutation';

export type RolloutOverrideInput = WindowOverride;

/**
 * A change manager lets the release roll out outside its changes' windows or inside a blackout;
 * 403 for anyone else, 409 once the release has ended.
 */
export async function recordRolloutOverride(
  key: string,
  input: RolloutOverrideInput,
): Promise<ReleaseView> {
  return (await postReleasesByKeyRolloutOverride({ path: { key }, body: input })).data;
}

export function useRecordRolloutOverride() {
  return useReleaseMutation(({ key, input }: { key: string; input: RolloutOverrideInput }) =>
    recordRolloutOverride(key, input),
  );
}
