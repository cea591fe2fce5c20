import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { jsonResponse, mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';

import { aTask } from '../testing/fixtures';

import { DelegateModal } from './delegate-modal';

const task = aTask({ delegable: true });

describe('DelegateModal', () => {
  it('wants a username before it asks the server', async () => {
    const fetchMock = mockFetch({});
    const user = userEvent.setup();
    renderWithProviders(<DelegateModal task={task} opened onClose={() => {}} />);

    await user.click(screen.getByRole('button', { name: 'Delegate' }));

    expect(await screen.findByText('Enter the username of who should take it')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("shows the server's error on the username and closes once delegated", async () => {
    document.cookie = 'XSRF-TOKEN=t';
    const fetchMock = mockFetch({
      [`POST /api/tasks/${task.id}/delegate`]: (init) =>
        JSON.parse(String(init.body)).to === 'ghost'
          ? jsonResponse(
              {
                status: 400,
                title: 'Bad Request',
                detail: 'Invalid request',
                errors: [{ field: 'to', message: 'ghost is not a member of the CAB' }],
              },
              { status: 400, contentType: 'application/problem+json' },
            )
          : jsonResponse({ ...aTask({ delegable: true }), assignee: 'cab2', delegatedBy: 'cab1' }),
    });
    const onClose = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(<DelegateModal task={task} opened onClose={onClose} />);
    const username = screen.getByRole('textbox', { name: /Delegate to/ });

    await user.type(username, 'ghost');
    await user.click(screen.getByRole('button', { name: 'Delegate' }));

    expect(await screen.findByText('ghost is not a member of the CAB')).toBeInTheDocument();
    expect(username).toHaveAttribute('aria-invalid', 'true');
    expect(onClose).not.toHaveBeenCalled();

    await user.clear(username);
    await user.type(username, 'cab2');
    await user.type(screen.getByRole('textbox', { name: 'Comment' }), ' on leave tomorrow ');
    await user.click(screen.getByRole('button', { name: 'Delegate' }));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(JSON.parse(String(fetchMock.mock.calls[1]?.[1]?.body))).toEqual({
      to: 'cab2',
      comment: 'on leave tomorrow',
    });
  });
});
