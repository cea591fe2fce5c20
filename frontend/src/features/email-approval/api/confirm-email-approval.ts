import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { postEmailApprovalsByToken } from '@/api/generated/sdk.gen';
import type { EmailApprovalResult } from '@/api/generated/types.gen';

import { emailApprovalQueryKey } from './get-email-approval';

export const EMAIL_DECISIONS = ['approve', 'reject'] as const;
export type EmailDecision = (typeof EMAIL_DECISIONS)[number];

export const confirmInputSchema = z
  .object({
    decision: z.enum(EMAIL_DECISIONS, { message: 'Choose approve or reject' }),
    comment: z.string().max(4900, 'At most 4900 characters'),
  })
  .refine((input) => input.decision !== 'reject' || input.comment.trim().length > 0, {
    path: ['comment'],
    message: 'Say why you reject',
  });

export type ConfirmInput = z.infer<typeof confirmInputSchema>;

export type { EmailApprovalResult };

/**
 * Decides the link's task as its approver. The server answers 401 for a link it did not sign,
 * 410 when the link was used or expired, 403 (segregation of duties) and 409 (already decided)
 * as the inbox does, and 400 naming `comment` for a reject without one.
 */
export async function confirmEmailApproval(
  token: string,
  input: ConfirmInput,
): Promise<EmailApprovalResult> {
  const comment = input.comment.trim();
  const { data } = await postEmailApprovalsByToken({
    path: { token },
    body: { decision: input.decision, ...(comment ? { comment } : {}) },
  });
  return data;
}

export function useConfirmEmailApproval(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ConfirmInput) => confirmEmailApproval(token, input),
    // Used or not, what the link can still do has probably changed.
    onSettled: () => queryClient.invalidateQueries({ queryKey: emailApprovalQueryKey(token) }),
  });
}
