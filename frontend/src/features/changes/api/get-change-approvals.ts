import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';

import { api } from '@/lib/api-client';
import { list, nullable } from '@/lib/schema';

export const DECISIONS = ['approve', 'reject', 'abstain'] as const;
export type Decision = (typeof DECISIONS)[number];

export const approvalSchema = z.object({
  approver: z.string(),
  displayName: z.string(),
  roles: list(z.string()),
  /** Null while the approver has not voted yet. */
  decision: nullable(z.enum(DECISIONS)),
  comment: nullable(z.string()),
  at: nullable(z.string()),
  /** What became of the vote in the process: NOT_NEEDED when the vote had already closed. */
  delivery: nullable(z.enum(['PENDING', 'APPLIED', 'NOT_NEEDED'])).optional(),
  deliveryNote: nullable(z.string()).optional(),
});

export type Approval = z.infer<typeof approvalSchema>;

export async function getChangeApprovals(key: string, { signal }: { signal?: AbortSignal } = {}) {
  const body = await api.get(`/changes/${encodeURIComponent(key)}/approvals`, { signal });
  return z.array(approvalSchema).parse(body);
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

/** How the CAB voted so far. */
export function tallyOf(approvals: readonly Approval[]): Tally {
  const tally: Tally = { approve: 0, reject: 0, abstain: 0, pending: 0 };
  for (const { decision } of approvals) tally[decision ?? 'pending'] += 1;
  return tally;
}
