import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

import { ProblemAlert } from './problem-alert';

type ConfirmModalProps = {
  opened: boolean;
  onClose: () => void;
  title: string;
  /** What confirming does, in a sentence, e.g. "New RFCs can no longer use it." */
  consequence: ReactNode;
  /** The confirm button: the action, e.g. "Delete". */
  confirmLabel: string;
  /** The request is on its way: the confirm button spins. */
  pending: boolean;
  /** Why the last attempt failed, shown in the modal. */
  error?: unknown;
  /** Does the action; closing on success is up to the caller. */
  onConfirm: () => void;
};

/** Asks before an action that needs no reason but cannot be taken back (delete, deactivate). */
export function ConfirmModal({
  opened,
  onClose,
  title,
  consequence,
  confirmLabel,
  pending,
  error,
  onConfirm,
}: ConfirmModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={title}>
      <Stack>
        <Text size="sm">{consequence}</Text>
        {error ? <ProblemAlert error={error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="red" loading={pending} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
