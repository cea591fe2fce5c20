import { queryOptions, useQuery } from '@tanstack/react-query';

import { getEmailApprovalsByToken } from '@/api/generated/sdk.gen';
import type { EmailApprovalView } from '@/api/generated/types.gen';

export type EmailApproval = EmailApprovalView;

/** What an approval link decides. Reading it changes nothing on the server. */
export async function getEmailApproval(
  token: string,
  { signal }: { signal?: AbortSignal } = {},
): Promise<EmailApproval> {
  return (await getEmailApprovalsByToken({ path: { token }, signal })).data;
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
