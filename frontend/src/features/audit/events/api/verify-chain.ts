import { useMutation } from '@tanstack/react-query';

import { getAuditVerify, postAuditCheckpoints } from '@/api/generated/sdk.gen';
import type { AuditCheckpoint, AuditVerification } from '@/api/generated/types.gen';

export type { AuditCheckpoint, AuditVerification };

/** Walks the chain on demand (a read, but one a person starts, so a mutation: no caching). */
export function useVerifyChain() {
  return useMutation({
    mutationFn: async () => (await getAuditVerify({ query: { full: false } })).data,
  });
}

/** What the verification found, in one sentence. */
export function verificationSentence(result: AuditVerification): string {
  if (result.intact) {
    return `Chain intact: ${result.checkedRows} rows checked, head #${result.headSeq} ${result.headHash.slice(0, 16)}…`;
  }
  const broken = result.broken;
  return broken
    ? `Chain broken at row #${broken.seq}: ${broken.reason}`
    : `Chain broken after ${result.checkedRows} rows checked`;
}

/** An admin records the verified head as a checkpoint: later verification starts there. */
export function useTakeCheckpoint() {
  return useMutation({
    mutationFn: async () => (await postAuditCheckpoints()).data,
  });
}
