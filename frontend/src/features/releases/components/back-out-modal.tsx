import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from 'react-hook-form';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { applyServerErrors } from '@/lib/form-errors';

import { backOutInputSchema, useBackOutRelease, type BackOutInput } from '../api/back-out-release';

type BackOutModalProps = {
  releaseKey: string;
  opened: boolean;
  onClose: () => void;
};

/** Confirms a backout and asks why: every deployed wave is undone, in reverse order. */
export function BackOutModal({ releaseKey, opened, onClose }: BackOutModalProps) {
  const backOut = useBackOutRelease();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<BackOutInput>({
    resolver: zodResolver(backOutInputSchema),
    defaultValues: { reason: '' },
  });

  const onSubmit = handleSubmit((input) =>
    backOut.mutate(
      { key: releaseKey, input },
      {
        onSuccess: () => {
          reset();
          onClose();
        },
        onError: (error) => applyServerErrors(error, setError, { fields: ['reason'] }),
      },
    ),
  );

  return (
    <Modal opened={opened} onClose={onClose} title={`Back out ${releaseKey}`}>
      <form noValidate onSubmit={onSubmit}>
        <Stack>
          <Text size="sm">
            The rollout stops and every wave deployed so far is backed out, newest first. This
            cannot be undone.
          </Text>
          {backOut.error && <ProblemAlert error={backOut.error} />}
          <Textarea
            label="Reason"
            description="Recorded in the release history and told to every change"
            withAsterisk
            autosize
            minRows={3}
            maxLength={2000}
            data-autofocus
            error={errors.reason?.message}
            {...register('reason')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color="red" loading={backOut.isPending}>
              Confirm back out
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
