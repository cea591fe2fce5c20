import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { ApiError } from '@/lib/api-client';
import { renderWithProviders } from '@/testing/test-utils';

import { ConfirmModal } from './confirm-modal';

function renderModal(props: { error?: unknown; onConfirm?: () => void; onClose?: () => void }) {
  renderWithProviders(
    <ConfirmModal
      opened
      onClose={props.onClose ?? vi.fn()}
      title="Delete Rack 4?"
      consequence="Rack 4 leaves the hardware store for good."
      confirmLabel="Delete"
      pending={false}
      error={props.error}
      onConfirm={props.onConfirm ?? vi.fn()}
    />,
  );
  return screen.findByRole('dialog', { name: 'Delete Rack 4?' });
}

describe('ConfirmModal', () => {
  it('says what happens and offers the action in the danger colour', async () => {
    const dialog = await renderModal({});

    expect(
      within(dialog).getByText('Rack 4 leaves the hardware store for good.'),
    ).toBeInTheDocument();
    const confirm = within(dialog).getByRole('button', { name: 'Delete' });
    expect(confirm.getAttribute('style')).toContain('--mantine-color-red');
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('does the action on confirm and leaves things as they are on cancel', async () => {
    const onConfirm = vi.fn();
    const onClose = vi.fn();
    const user = userEvent.setup();
    const dialog = await renderModal({ onConfirm, onClose });

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalledOnce();
    expect(onConfirm).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(onConfirm).toHaveBeenCalledOnce();
  });

  it('shows why the last attempt failed', async () => {
    const dialog = await renderModal({
      error: new ApiError({
        status: 409,
        title: 'Conflict',
        detail: 'Rack 4 is still deployed.',
      }),
    });

    expect(within(dialog).getByRole('alert')).toHaveTextContent('Rack 4 is still deployed.');
  });
});
