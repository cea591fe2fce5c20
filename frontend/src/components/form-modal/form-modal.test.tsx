import { Button, TextInput } from '@mantine/core';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';

import { ApiError } from '@/lib/api-client';
import { renderWithProviders } from '@/testing/test-utils';

import { FormModal, ModalForm } from './form-modal';

type Values = { name: string };

/** A form like the admin ones: `save` stands in for the mutation. */
function NameForm({ save, onDone }: { save: (name: string) => Promise<void>; onDone: () => void }) {
  const form = useForm<Values>({ defaultValues: { name: '' } });
  const [pending, setPending] = useState(false);
  return (
    <ModalForm
      form={form}
      fields={['name']}
      onSave={({ name }, onError) => {
        setPending(true);
        save(name)
          .then(onDone, onError)
          .finally(() => setPending(false));
      }}
      pending={pending}
      onCancel={onDone}
      submitLabel="Create thing"
    >
      <TextInput
        label="Name"
        error={form.formState.errors.name?.message}
        {...form.register('name')}
      />
    </ModalForm>
  );
}

function renderModal(save: (name: string) => Promise<void>, onClose = vi.fn()) {
  const view = renderWithProviders(
    <FormModal opened onClose={onClose} title="New thing">
      <NameForm save={save} onDone={onClose} />
    </FormModal>,
  );
  return { view, onClose, dialog: screen.findByRole('dialog', { name: 'New thing' }) };
}

const refusal = new ApiError({
  status: 400,
  title: 'Invalid request',
  detail: 'The thing is not valid.',
  errors: [
    { field: 'name', message: 'Pick another name.' },
    { field: 'owner', message: 'Name an owner.' },
  ],
});

describe('FormModal and ModalForm', () => {
  it('shows the inputs, Cancel and the submit button under the title', async () => {
    const dialog = await renderModal(vi.fn()).dialog;

    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Create thing' })).toBeInTheDocument();
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('puts a refused field next to its input and lists the others under "Not saved"', async () => {
    const save = vi.fn().mockRejectedValue(refusal);
    const user = userEvent.setup();
    const { dialog: opening, onClose } = renderModal(save);
    const dialog = await opening;

    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Taken');
    await user.click(within(dialog).getByRole('button', { name: 'Create thing' }));

    expect(await within(dialog).findByText('Pick another name.')).toBeInTheDocument();
    const alert = within(dialog).getByRole('alert');
    expect(within(alert).getByText('Not saved')).toBeInTheDocument();
    expect(within(alert).getByText('The thing is not valid.')).toBeInTheDocument();
    expect(within(alert).getByText('owner: Name an owner.')).toBeInTheDocument();
    expect(within(alert).queryByText('name: Pick another name.')).not.toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('forgets the last refusal when the next attempt succeeds', async () => {
    const save = vi.fn().mockRejectedValueOnce(refusal).mockResolvedValueOnce(undefined);
    const user = userEvent.setup();
    const { dialog: opening, onClose } = renderModal(save);
    const dialog = await opening;

    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Taken');
    await user.click(within(dialog).getByRole('button', { name: 'Create thing' }));
    await within(dialog).findByRole('alert');
    await user.click(within(dialog).getByRole('button', { name: 'Create thing' }));

    await vi.waitFor(() => expect(onClose).toHaveBeenCalledOnce());
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    expect(save).toHaveBeenLastCalledWith('Taken');
  });

  it('closes on Cancel without saving', async () => {
    const save = vi.fn();
    const user = userEvent.setup();
    const { dialog: opening, onClose } = renderModal(save);

    await user.click(within(await opening).getByRole('button', { name: 'Cancel' }));

    expect(onClose).toHaveBeenCalledOnce();
    expect(save).not.toHaveBeenCalled();
  });

  it('mounts the form only while open, so the next opening starts empty', async () => {
    function Reopening() {
      const [opened, setOpened] = useState(true);
      const close = () => setOpened(false);
      return (
        <>
          <Button onClick={() => setOpened(true)}>Open</Button>
          <FormModal opened={opened} onClose={close} title="New thing">
            <NameForm save={vi.fn()} onDone={close} />
          </FormModal>
        </>
      );
    }
    const user = userEvent.setup();
    renderWithProviders(<Reopening />);
    const dialog = await screen.findByRole('dialog', { name: 'New thing' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Half typed');

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await vi.waitFor(() =>
      expect(screen.queryByRole('textbox', { name: 'Name' })).not.toBeInTheDocument(),
    );
    await user.click(screen.getByRole('button', { name: 'Open' }));

    const reopened = await screen.findByRole('dialog', { name: 'New thing' });
    expect(within(reopened).getByRole('textbox', { name: 'Name' })).toHaveValue('');
  });
});
