import { Button, Group, Modal, Stack, type ModalProps } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';

import { ProblemAlert } from '@/components/ui/problem-alert';
import type { FieldError } from '@/lib/api-client';
import { applyServerErrors } from '@/lib/form-errors';

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

type ModalFormProps<T extends FieldValues, O> = {
  form: UseFormReturn<T, unknown, O>;
  /** The form's top-level fields; a server error on another field is listed under the problem. */
  fields: readonly string[];
  /**
   * Sends the checked values, e.g. `save.mutate(values, { onSuccess: onDone, onError })`. A
   * refusal passed to `onError` is shown at the fields it names and above the buttons.
   */
  onSave: (values: O, onError: (error: unknown) => void) => void;
  /** The request is on its way: the submit button spins. */
  pending: boolean;
  onCancel: () => void;
  /** The submit button's text, e.g. "Create model". */
  submitLabel: string;
  /** The inputs. */
  children: ReactNode;
};

/** The inputs of a modal form, then what the server refused, then Cancel and the submit button. */
export function ModalForm<T extends FieldValues, O>({
  form,
  fields,
  onSave,
  pending,
  onCancel,
  submitLabel,
  children,
}: ModalFormProps<T, O>) {
  const [problem, setProblem] = useState<{ error: unknown; unmatched: FieldError[] }>();
  const onSubmit = form.handleSubmit((values) => {
    setProblem(undefined);
    onSave(values, (error) =>
      setProblem({ error, unmatched: applyServerErrors(error, form.setError, { fields }) }),
    );
  });
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
