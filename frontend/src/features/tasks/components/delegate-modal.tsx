import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';

import { ProblemAlert } from '@/components/ui/problem-alert';
import type { FieldError } from '@/lib/api-client';
import { applyServerErrors } from '@/lib/form-errors';

import type { Task } from '../api/get-tasks';
import { useDelegateTask, type DelegateBody } from '../api/task-actions';

const HTML_TAG = /<[a-zA-Z/!]/;

export const delegateSchema = z
  .object({
    to: z.string().trim().min(1, 'Enter the username of who should take it'),
    comment: z
      .string()
      .max(5000, 'Enter between 0 and 5000 characters or items.')
      .refine((value) => !HTML_TAG.test(value), 'Remove the HTML tags from this text.'),
  })
  .transform(({ to, comment }): DelegateBody => ({
    to,
    comment: comment.trim(),
  }));

type DelegateModalProps = { task: Task; opened: boolean; onClose: () => void };

/** Hands a task to another user. The server checks they may take it (groups, roles, SoD). */
export function DelegateModal({ task, opened, onClose }: DelegateModalProps) {
  const delegate = useDelegateTask();
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const { register, handleSubmit, setError, formState, reset } = useForm<
    { to: string; comment: string },
    unknown,
    DelegateBody
  >({ resolver: zodResolver(delegateSchema), defaultValues: { to: '', comment: '' } });

  const close = () => {
    reset();
    delegate.reset();
    setUnmatched([]);
    onClose();
  };

  const submit = (body: DelegateBody) => {
    setUnmatched([]);
    delegate.mutate(
      { id: task.id, body },
      {
        onSuccess: () => {
          notifications.show({
            color: 'green',
            message: `Delegated “${task.title}” to ${body.to}.`,
          });
          close();
        },
        onError: (error) =>
          setUnmatched(applyServerErrors(error, setError, { fields: ['to', 'comment'] })),
      },
    );
  };

  // A field error shows next to its field; anything else (409, 403) shows above the buttons.
  const fieldErrorsOnly = delegate.error && formState.errors.to && unmatched.length === 0;
  return (
    <Modal opened={opened} onClose={close} title={`Delegate “${task.title}”`}>
      <form noValidate onSubmit={handleSubmit(submit)}>
        <Stack>
          <Text size="sm" c="dimmed">
            {task.changeKey}: {task.changeTitle}
          </Text>
          <TextInput
            label="Delegate to (username)"
            withAsterisk
            data-autofocus
            autoComplete="off"
            error={formState.errors.to?.message}
            {...register('to')}
          />
          <Textarea
            label="Comment"
            autosize
            minRows={2}
            error={formState.errors.comment?.message}
            {...register('comment')}
          />
          {delegate.isError && !fieldErrorsOnly && (
            <ProblemAlert title="Not delegated" error={delegate.error} unmatched={unmatched} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={delegate.isPending}>
              Delegate
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
