import { Button, Group, Modal, Stack, type ModalProps } from '@mantine/core';
import type { FormEventHandler, ReactNode } from 'react';

import { ProblemAlert } from '@/components/ui/problem-alert';

import type { FormProblem } from './use-form-problem';

type FormModalProps = {
  opened: boolean;
  onClose: () => void;
  title: string;
  size?: ModalProps['size'];
  /** The form; give it a key of the edited item so a different item starts from its own values. */
  children: ReactNode;
};

/**
 * A modal around a create/edit form. The form is mounted only while the modal is open, so every
 * opening starts from fresh values and no error of the last attempt.
 */
export function FormModal({ opened, onClose, title, size, children }: FormModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} size={size}>
      {opened && children}
    </Modal>
  );
}

type ModalFormProps = {
  onSubmit: FormEventHandler<HTMLFormElement>;
  /** What the server refused in the last attempt, shown above the buttons. */
  problem?: FormProblem;
  onCancel: () => void;
  /** The submit button's text, e.g. "Create model". */
  submitLabel: string;
  /** The request is on its way: the submit button spins. */
  pending: boolean;
  /** The inputs. */
  children: ReactNode;
};

/** The inputs of a modal form, then what the server refused, then Cancel and the submit button. */
export function ModalForm({
  onSubmit,
  problem,
  onCancel,
  submitLabel,
  pending,
  children,
}: ModalFormProps) {
  return (
    <form noValidate onSubmit={onSubmit}>
      <Stack>
        {children}
        {problem && (
          <ProblemAlert title="Not saved" error={problem.error} unmatched={problem.unmatched} />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
