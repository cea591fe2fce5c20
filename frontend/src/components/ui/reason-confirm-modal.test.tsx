import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { ApiError } from '@/lib/api-client';
import { renderWithProviders } from '@/testing/test-utils';

import { ReasonConfirmModal } from './reason-confirm-modal';

function renderModal(onConfirm: (reason: string) => Promise<unknown>, onClose = vi.fn()) {
  renderWithProviders(
    <ReasonConfirmModal
      opened
      onClose={onClose}
      title="Back out REL-2026.11-3"
      consequence="Every deployed wave is backed out."
      confirmLabel="Back out"
      maxLength={2000}
      plainText
      onConfirm={onConfirm}
    />,
  );
  return screen.findByRole('dialog', { name: 'Back out REL-2026.11-3' });
}

describe('ReasonConfirmModal', () => {
  it('says what happens and offers the action in the danger colour', async () => {
    const dialog = await renderModal(vi.fn());

    expect(within(dialog).getByText('Every deployed wave is backed out.')).toBeInTheDocument();
    const confirm = within(dialog).getByRole('button', { name: 'Back out' });
    expect(confirm.getAttribute('style')).toContain('--mantine-color-red');
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
  });

  it('refuses an empty reason in plain words, without calling the action', async () => {
    const onConfirm = vi.fn().mockResolvedValue(undefined);
    const user = userEvent.setup();
    const dialog = await renderModal(onConfirm);

    await user.type(within(dialog).getByRole('textbox', { name: 'Reason' }), '   ');
    await user.click(within(dialog).getByRole('button', { name: 'Back out' }));

    expect(await within(dialog).findByText('Enter a reason.')).toBeInTheDocument();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('refuses HTML where the server takes plain text only', async () => {
    const onConfirm = vi.fn().mockResolvedValue(undefined);
    const user = userEvent.setup();
    const dialog = await renderModal(onConfirm);

    await user.type(within(dialog).getByRole('textbox', { name: 'Reason' }), '<b>late</b>');
    await user.click(within(dialog).getByRole('button', { name: 'Back out' }));

    expect(
      await within(dialog).findByText('Write the reason without HTML tags.'),
    ).toBeInTheDocument();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('calls the action with the reason', async () => {
    const onConfirm = vi.fn().mockResolvedValue(undefined);
    const user = userEvent.setup();
    const dialog = await renderModal(onConfirm);

    await user.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'Error rate too high');
    await user.click(within(dialog).getByRole('button', { name: 'Back out' }));

    await vi.waitFor(() =>
      expect(onConfirm).toHaveBeenCalledExactlyOnceWith('Error rate too high'),
    );
  });

  it('shows the server error in the modal and keeps the reason for another try', async () => {
    const onConfirm = vi
      .fn()
      .mockRejectedValueOnce(
        new ApiError({
          status: 409,
          title: 'Conflict',
          detail: 'Only a release that is rolling out can be backed out',
        }),
      )
      .mockResolvedValueOnce(undefined);
    const user = userEvent.setup();
    const dialog = await renderModal(onConfirm);
    const reason = within(dialog).getByRole('textbox', { name: 'Reason' });

    await user.type(reason, 'Error rate too high');
    await user.click(within(dialog).getByRole('button', { name: 'Back out' }));

    expect(
      await within(dialog).findByText('Only a release that is rolling out can be backed out'),
    ).toBeInTheDocument();
    expect(reason).toHaveValue('Error rate too high');

    await user.click(within(dialog).getByRole('button', { name: 'Back out' }));
    await vi.waitFor(() => expect(onConfirm).toHaveBeenCalledTimes(2));
    expect(onConfirm).toHaveBeenLastCalledWith('Error rate too high');
  });

  it('puts a field error the server names next to the reason', async () => {
    const onConfirm = vi.fn().mockRejectedValue(
      new ApiError({
        status: 400,
        title: 'Invalid request',
        detail: 'reason: Remove the HTML tags from this text.',
        errors: [{ field: 'reason', message: 'Remove the HTML tags from this text.' }],
      }),
    );
    const user = userEvent.setup();
    const dialog = await renderModal(onConfirm);

    await user.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'a & b');
    await user.click(within(dialog).getByRole('button', { name: 'Back out' }));

    expect(
      await within(dialog).findByText('Remove the HTML tags from this text.'),
    ).toBeInTheDocument();
  });

  it('leaves things as they are on cancel', async () => {
    const onConfirm = vi.fn();
    const onClose = vi.fn();
    const user = userEvent.setup();
    const dialog = await renderModal(onConfirm, onClose);

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    expect(onClose).toHaveBeenCalledOnce();
    expect(onConfirm).not.toHaveBeenCalled();
  });
});
