import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';

import { ApiError } from '@/lib/api-client';

import type { User } from '../api/get-me';
import { loginInputSchema, useLogin, type LoginInput } from '../api/login';

type LoginFormProps = {
  onSuccess: (user: User) => void;
};

function messageOf(error: Error): string {
  if (error instanceof ApiError) return error.detail ?? error.title;
  return 'Something went wrong. Please try again.';
}

export function LoginForm({ onSuccess }: LoginFormProps) {
  const login = useLogin({ onSuccess });
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<LoginInput>({
    resolver: zodResolver(loginInputSchema),
    defaultValues: { username: '', password: '' },
  });

  return (
    <form noValidate onSubmit={handleSubmit((values) => login.mutate(values))}>
      <Stack>
        {login.error && (
          <Alert color="red" variant="light" title="Sign-in failed">
            {messageOf(login.error)}
          </Alert>
        )}
        <TextInput
          label="Username"
          autoComplete="username"
          // The sign-in page has one thing to do; starting in its first field is what people expect.
          // eslint-disable-next-line jsx-a11y/no-autofocus
          autoFocus
          error={errors.username?.message}
          {...register('username')}
        />
        <PasswordInput
          label="Password"
          autoComplete="current-password"
          error={errors.password?.message}
          {...register('password')}
        />
        <Button type="submit" loading={login.isPending} fullWidth>
          Sign in
        </Button>
      </Stack>
    </form>
  );
}
