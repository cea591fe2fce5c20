import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useForm } from 'react-hook-form';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { applyServerErrors } from '@/lib/form-errors';

import { useWithdrawChange, withdrawInputSchema, type WithdrawInput } from '../api/withdraw-change';

type WithdrawModalProps = {
  changeKey: string;
  opened: boolean;
  onClose: () => void;
  onWithdrawn: () => void;
};

export function WithdrawModal({ changeKey, opened, onClose, onWithdrawn }: WithdrawModalProps) {
  const withdraw = useWithdrawChange();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<WithdrawInput>({
    resolver: zodResolver(withdrawInputSchema),
    defaultValues: { reason: '' },
  });

  const onSubmit = handleSubmit((input) =>
    withdraw.mutate(
      { key: changeKey, input },
      {
        onSuccess: onWithdrawn,
        onError: (error) => applyServerErrors(error, setError, { fields: ['reason'] }),
      },
    ),
  );

  return (
    <Modal opened={opened} onClose={onClose} title={`Withdraw ${changeKey}`}>
      <form noValidate onSubmit={onSubmit}>
        <Stack>
          {withdraw.error && <ProblemAlert error={withdraw.error} />}
          <Textarea
            label="Reason"
            description="Everyone involved sees it; the change cannot be reopened"
            withAsterisk
            autosize
            minRows={3}
            data-autofocus
            error={errors.reason?.message}
            {...register('reason')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color="red" loading={withdraw.isPending}>
              Withdraw
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
