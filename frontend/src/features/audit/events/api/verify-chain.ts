import { useMutation } from '@tanstack/react-query';

import { getAuditVerify } from '@/api/generated/sdk.gen';
import type { AuditVerification } from '@/api/generated/types.gen';

export type { AuditVerification };

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
