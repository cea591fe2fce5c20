import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';

import { applyServerErrors } from '@/lib/form-errors';

import { ProblemAlert } from './problem-alert';

type ReasonConfirmModalProps = {
  opened: boolean;
  onClose: () => void;
  title: string;
  /** What confirming does, in a sentence, e.g. "The change is withdrawn for good." */
  consequence: ReactNode;
  /** The confirm button: the action, e.g. "Withdraw". */
  confirmLabel: string;
  /** The button that leaves things as they are. */
  cancelLabel?: string;
  /** Who reads the reason, under its label. */
  reasonHint?: string;
  /** The longest reason the server takes. */
  maxLength: number;
  /** The server takes plain text only (@PlainText). */
  plainText?: boolean;
  /**
   * Does the action with the reason. A rejection is shown in the modal and the reason is kept,
   * so trying again needs no retyping; closing on success is up to the caller.
   */
  onConfirm: (reason: string) => Promise<unknown>;
};

const HTML_TAG = /<[a-zA-Z/!]/;

function reasonSchema(maxLength: number, plainText: boolean) {
  return z.object({
    reason: z
      .string()
      .refine((value) => value.trim().length > 0, 'Enter a reason.')
      .refine(
        (value) => value.length <= maxLength,
        `Keep the reason to ${maxLength} characters or fewer.`,
      )
      .refine(
        (value) => !plainText || !HTML_TAG.test(value),
        'Write the reason without HTML tags.',
      ),
  });
}

type ReasonInput = { reason: string };

/** Asks why before an action that cannot be undone (withdraw, back out, cancel), then does it. */
export function ReasonConfirmModal({ opened, onClose, title, ...form }: ReasonConfirmModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={title}>
      {/* Inside the modal, so every opening starts with an empty reason and no old error. */}
      <ReasonForm onClose={onClose} {...form} />
    </Modal>
  );
}

function ReasonForm({
  onClose,
  consequence,
  confirmLabel,
  cancelLabel = 'Cancel',
  reasonHint,
  maxLength,
  plainText = false,
  onConfirm,
}: Omit<ReasonConfirmModalProps, 'opened' | 'title'>) {
  const [failure, setFailure] = useState<unknown>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ReasonInput>({
    resolver: zodResolver(reasonSchema(maxLength, plainText)),
    defaultValues: { reason: '' },
  });

  const onSubmit = handleSubmit(async ({ reason }) => {
    setFailure(null);
    try {
      await onConfirm(reason);
    } catch (error) {
      setFailure(error);
      applyServerErrors(error, setError, { fields: ['reason'] });
    }
  });

  return (
    <form noValidate onSubmit={onSubmit}>
      <Stack>
        <Text size="sm">{consequence}</Text>
        {failure !== null && <ProblemAlert error={failure} />}
        <Textarea
          label="Reason"
          description={reasonHint}
          withAsterisk
          autosize
          minRows={3}
          maxLength={maxLength}
          data-autofocus
          error={errors.reason?.message}
          {...register('reason')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {cancelLabel}
          </Button>
          <Button type="submit" color="red" loading={isSubmitting}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
