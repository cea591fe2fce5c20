import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { jsonResponse, mockFetch, problemResponse } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';

import { anUnauthorizedChange } from '../testing/fixtures';

import { UnauthorizedChangePage } from './unauthorized-change-page';

const GET = 'GET /api/unauthorized-changes/7';
const bodyOf = (init: RequestInit | undefined) => JSON.parse(String(init?.body)) as unknown;

describe('UnauthorizedChangePage', () => {
  it('shows the item, the values and when it was seen; auditors get no actions', async () => {
    mockFetch({ [GET]: () => jsonResponse(anUnauthorizedChange()) });

    renderWithProviders(<UnauthorizedChangePage id={7} roles={['AUDITOR']} />);

    expect(
      await screen.findByRole('heading', { name: 'Unauthorized change #7' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'netscan saw version of checkout-api change from 2.8.3 to 9.9.9, with no approved change or release covering it.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('checkout-api (CI-00003)')).toBeInTheDocument();
    expect(screen.getByText('Before').nextSibling).toHaveTextContent('2.8.3');
    expect(screen.getByText('Seen').nextSibling).toHaveTextContent('9.9.9');
    expect(screen.getByText('Seen at').nextSibling).toHaveTextContent('29 Nov 2026');
    expect(screen.getByText('Open')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Link to change' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Accept' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Roll back' })).not.toBeInTheDocument();
  });

  it('links it to an emergency change, showing what the server refused first', async () => {
    document.cookie = 'XSRF-TOKEN=t';
    let attempts = 0;
    const fetchMock = mockFetch({
      [GET]: () => jsonResponse(anUnauthorizedChange()),
      'POST /api/unauthorized-changes/7/link': () => {
        attempts += 1;
        return attempts === 1
          ? problemResponse({
              status: 400,
              title: 'Invalid request',
              detail:
                'CHG-000041 is no emergency change: file a retrospective emergency change for it.',
            })
          : jsonResponse(
              anUnauthorizedChange({
                status: 'LINKED',
                changeKey: 'CHG-000042',
                resolvedBy: 'manager',
                resolvedAt: '2026-11-30T08:00:00Z',
              }),
            );
      },
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<UnauthorizedChangePage id={7} roles={['CHANGE_MANAGER']} />);

    await user.click(await screen.findByRole('button', { name: 'Link to change' }));
    expect(
      screen.getByText('Enter the key of the emergency change, e.g. CHG-000042.'),
    ).toBeInTheDocument();

    const key = screen.getByRole('textbox', { name: 'Emergency change' });
    await user.type(key, 'CHG-000041');
    await user.click(screen.getByRole('button', { name: 'Link to change' }));
    expect(await screen.findByText(/CHG-000041 is no emergency change/)).toBeInTheDocument();

    await user.clear(key);
    await user.type(key, 'CHG-000042');
    await user.click(screen.getByRole('button', { name: 'Link to change' }));

    expect(await screen.findByText('Linked to a change')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'CHG-000042' })).toHaveAttribute(
      'href',
      '/changes/CHG-000042',
    );
    expect(screen.getByText(/By manager/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Accept' })).not.toBeInTheDocument();
    const posts = fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST');
    expect(posts.map(([, init]) => bodyOf(init))).toEqual([
      { changeKey: 'CHG-000041' },
      { changeKey: 'CHG-000042' },
    ]);
  });

  it('accepts it with a reason asked for in the confirm dialog', async () => {
    document.cookie = 'XSRF-TOKEN=t';
    const fetchMock = mockFetch({
      [GET]: () => jsonResponse(anUnauthorizedChange()),
      'POST /api/unauthorized-changes/7/accept': () =>
        jsonResponse(
          anUnauthorizedChange({
            status: 'ACCEPTED',
            reason: 'Hotfix by the on-call engineer.',
            resolvedBy: 'manager',
            resolvedAt: '2026-11-30T08:00:00Z',
          }),
        ),
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<UnauthorizedChangePage id={7} roles={['CHANGE_MANAGER']} />);

    await user.click(await screen.findByRole('button', { name: 'Accept' }));
    const dialog = await screen.findByRole('dialog', { name: 'Accept unauthorized change #7' });
    expect(within(dialog).getByText(/version of CI-00003 stays 9.9.9/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Accept' }));
    expect(await within(dialog).findByText('Enter a reason.')).toBeInTheDocument();
    await user.type(
      within(dialog).getByRole('textbox', { name: /Reason/ }),
      'Hotfix by the on-call engineer.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Accept' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('Why it stays')).toBeInTheDocument();
    expect(screen.getByText('Hotfix by the on-call engineer.')).toBeInTheDocument();
    const posts = fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST');
    expect(posts.map(([, init]) => bodyOf(init))).toEqual([
      { reason: 'Hotfix by the on-call engineer.' },
    ]);
  });

  it('records a roll-back, saying the CMDB gets the old value back', async () => {
    document.cookie = 'XSRF-TOKEN=t';
    mockFetch({
      [GET]: () => jsonResponse(anUnauthorizedChange()),
      'POST /api/unauthorized-changes/7/roll-back': () =>
        jsonResponse(
          anUnauthorizedChange({
            status: 'ROLLED_BACK',
            reason: 'Reinstalled 2.8.3.',
            resolvedBy: 'manager',
            resolvedAt: '2026-11-30T08:00:00Z',
          }),
        ),
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<UnauthorizedChangePage id={7} roles={['CHANGE_MANAGER']} />);

    await user.click(await screen.findByRole('button', { name: 'Roll back' }));
    const dialog = await screen.findByRole('dialog', { name: 'Roll back unauthorized change #7' });
    expect(within(dialog).getByText(/put back to 2.8.3/)).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Reinstalled 2.8.3.');
    await user.click(within(dialog).getByRole('button', { name: 'Roll back' }));

    expect(await screen.findByText('Rolled back')).toBeInTheDocument();
    expect(screen.getByText('Why it was rolled back')).toBeInTheDocument();
  });
});
