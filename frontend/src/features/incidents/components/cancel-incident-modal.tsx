import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from 'react-hook-form';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { applyServerErrors } from '@/lib/form-errors';

import { cancelInputSchema, useCancelIncident, type CancelInput } from '../api/cancel-incident';
import type { Incident } from '../api/get-incidents';

type CancelIncidentModalProps = { incident: Incident; opened: boolean; onClose: () => void };

const ENDS = { CHANGE: 'The change is withdrawn', RELEASE: 'The release fails', OTHER: 'It ends' };

export function CancelIncidentModal({ incident, opened, onClose }: CancelIncidentModalProps) {
  const cancel = useCancelIncident();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<CancelInput>({
    resolver: zodResolver(cancelInputSchema),
    defaultValues: { reason: '' },
  });

  const onSubmit = handleSubmit((input) =>
    cancel.mutate(
      { id: incident.id, input },
      {
        onSuccess: onClose,
        onError: (error) => applyServerErrors(error, setError, { fields: ['reason'] }),
      },
    ),
  );

  const what = incident.businessKey ?? 'the process';
  return (
    <Modal opened={opened} onClose={onClose} title={`Cancel ${what}`}>
      <form noValidate onSubmit={onSubmit}>
        <Stack>
          {cancel.error && <ProblemAlert error={cancel.error} />}
          <Text size="sm">
            The process stops for good at {incident.elementId}. {ENDS[incident.kind]}, with this
            reason on its timeline.
          </Text>
          <Textarea
            label="Reason"
            withAsterisk
            autosize
            minRows={3}
            data-autofocus
            error={errors.reason?.message}
            {...register('reason')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Keep it
            </Button>
            <Button type="submit" color="red" loading={cancel.isPending}>
              Cancel process
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
