import { queryOptions, useQuery } from '@tanstack/react-query';

import { getChangesByKeyApprovals } from '@/api/generated/sdk.gen';
import type { ApprovalView } from '@/api/generated/types.gen';

export const DECISIONS = ['approve', 'reject', 'abstain'] as const;
export type Decision = (typeof DECISIONS)[number];

export type Approval = ApprovalView;

export function isDecision(value: string | null | undefined): value is Decision {
  return (DECISIONS as readonly (string | null | undefined)[]).includes(value);
}

export async function getChangeApprovals(key: string, { signal }: { signal?: AbortSignal } = {}) {
  return (await getChangesByKeyApprovals({ path: { key }, signal })).data;
}

export function getChangeApprovalsQueryOptions(key: string) {
  return queryOptions({
    queryKey: ['changes', 'detail', key, 'approvals'],
    queryFn: ({ signal }) => getChangeApprovals(key, { signal }),
  });
}

export function useChangeApprovals(key: string) {
  return useQuery(getChangeApprovalsQueryOptions(key));
}

export type Tally = Record<Decision, number> & { pending: number };

/** How the CAB voted so far; a vote not cast yet (or not one of the three) is pending. */
export function tallyOf(approvals: readonly Approval[]): Tally {
  const tally: Tally = { approve: 0, reject: 0, abstain: 0, pending: 0 };
  for (const { decision } of approvals) tally[isDecision(decision) ? decision : 'pending'] += 1;
  return tally;
}
