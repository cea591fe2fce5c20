import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { Controller, useForm, useWatch } from 'react-hook-form';

import { ApiError } from '@/lib/api-client';
import { applyServerErrors, errorMessage } from '@/lib/form-errors';

import {
  confirmInputSchema,
  type ConfirmInput,
  type EmailDecision,
  type useConfirmEmailApproval,
} from '../api/confirm-email-approval';
import type { EmailApproval } from '../api/get-email-approval';

const FIELDS = ['decision', 'comment'];

/** The heading of a failed request, by what the server said. */
export function problemTitle(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Nothing was decided';
  switch (error.status) {
    case 401:
      return 'Invalid link';
    case 403:
      return 'Not allowed';
    case 409:
      return 'Already decided';
    case 410:
      return 'Link no longer valid';
    default:
      return 'Nothing was decided';
  }
}

type ConfirmFormProps = {
  approval: EmailApproval;
  initialDecision: EmailDecision | null;
  confirm: ReturnType<typeof useConfirmEmailApproval>;
};

/** Approve or reject, a comment (required to reject), and Confirm. */
export function ConfirmForm({ approval, initialDecision, confirm }: ConfirmFormProps) {
  const { control, register, handleSubmit, setError, formState } = useForm<ConfirmInput>({
    resolver: zodResolver(confirmInputSchema),
    defaultValues: { decision: initialDecision ?? undefined, comment: '' },
  });
  const decision = useWatch({ control, name: 'decision' });
  const submit = (input: ConfirmInput) =>
    confirm.mutate(input, {
      onError: (error) => applyServerErrors(error, setError, { fields: FIELDS }),
    });
  const fieldErrorShown =
    confirm.error instanceof ApiError && confirm.error.errors.some((e) => FIELDS.includes(e.field));

  return (
    <form noValidate onSubmit={handleSubmit(submit)} aria-label="Confirm your decision">
      <Stack>
        <Controller
          control={control}
          name="decision"
          render={({ field, fieldState }) => (
            <Radio.Group
              label="Your decision"
              withAsterisk
              value={field.value ?? null}
              onChange={field.onChange}
              error={fieldState.error?.message}
            >
              <Group mt="xs">
                <Radio value="approve" label="Approve" />
                <Radio value="reject" label="Reject" />
              </Group>
            </Radio.Group>
          )}
        />
        <Textarea
          label="Comment"
          description={
            decision === 'reject' ? 'Say why, so the requester can act on it.' : 'Optional.'
          }
          withAsterisk={decision === 'reject'}
          autosize
          minRows={3}
          error={formState.errors.comment?.message}
          {...register('comment')}
        />
        {confirm.isError && !fieldErrorShown && (
          <Alert color="red" variant="light" title={problemTitle(confirm.error)}>
            {errorMessage(confirm.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button
            type="submit"
            loading={confirm.isPending}
            color={decision === 'reject' ? 'red' : undefined}
          >
            Confirm
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          Your decision counts as {approval.approver}&apos;s vote, as if cast in the inbox.
        </Text>
      </Stack>
    </form>
  );
}
