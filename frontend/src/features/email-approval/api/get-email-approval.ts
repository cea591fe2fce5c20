import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';

import { api } from '@/lib/api-client';
import { nullable } from '@/lib/schema';

export const emailApprovalSchema = z.object({
  task: z.object({
    changeKey: z.string(),
    changeTitle: z.string(),
    kind: z.string(),
    title: z.string(),
    priority: nullable(z.string()),
    plannedStart: nullable(z.string()),
    plannedEnd: nullable(z.string()),
    risk: nullable(z.string()),
    state: z.enum(['OPEN', 'COMPLETED', 'CANCELED']),
    completedBy: nullable(z.string()),
  }),
  approver: z.string(),
  approverName: nullable(z.string()),
  decision: nullable(z.string()),
  expiresAt: z.string(),
  usable: z.boolean(),
  problem: nullable(z.string()),
});

export type EmailApproval = z.infer<typeof emailApprovalSchema>;

/** What an approval link decides. Reading it changes nothing on the server. */
export async function getEmailApproval(
  token: string,
  { signal }: { signal?: AbortSignal } = {},
): Promise<EmailApproval> {
  return emailApprovalSchema.parse(
    await api.get(`/email-approvals/${encodeURIComponent(token)}`, { signal }),
  );
}

export const emailApprovalQueryKey = (token: string) => ['email-approvals', token] as const;

export function getEmailApprovalQueryOptions(token: string) {
  return queryOptions({
    queryKey: emailApprovalQueryKey(token),
    queryFn: ({ signal }) => getEmailApproval(token, { signal }),
    // The link is a credential: no retries hammering a bad one, no refetch behind the form.
    retry: false,
    refetchOnWindowFocus: false,
  });
}

export function useEmailApproval(token: string) {
  return useQuery(getEmailApprovalQueryOptions(token));
}
