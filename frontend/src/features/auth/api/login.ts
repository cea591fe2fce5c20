import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { postAuthLogin } from '@/api/generated/sdk.gen';
import type { LoginRequest } from '@/api/generated/types.gen';

import { meQueryKey, type User } from './get-me';

export const loginInputSchema = z.object({
  username: z.string().trim().min(1, 'Enter your username'),
  password: z.string().min(1, 'Enter your password'),
}) satisfies z.ZodType<LoginRequest>;

export type LoginInput = LoginRequest;

export async function login(input: LoginInput): Promise<User> {
  return (await postAuthLogin({ body: input })).data;
}

export function useLogin({ onSuccess }: { onSuccess?: (user: User) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { errorsShownInline: true },
    mutationFn: login,
    onSuccess: (user) => {
      queryClient.setQueryData(meQueryKey, user);
      onSuccess?.(user);
    },
  });
}
