import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { jsonResponse, mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';

import { anUnauthorizedChange, aPage } from '../testing/fixtures';

import { UnauthorizedChangesPage } from './unauthorized-changes-page';

const OPEN = 'GET /api/unauthorized-changes?limit=50&status=OPEN';

describe('UnauthorizedChangesPage', () => {
  it('lists the open ones: the item, what changed from what to what, who saw it', async () => {
    mockFetch({ [OPEN]: () => jsonResponse(aPage([anUnauthorizedChange()])) });

    renderWithProviders(<UnauthorizedChangesPage />, { route: '/unauthorized-changes' });

    expect(screen.getByRole('heading', { name: 'Unauthorized changes' })).toBeInTheDocument();
    const row = (await screen.findByRole('link', { name: '#7' })).closest('tr')!;
    expect(screen.getByRole('link', { name: '#7' })).toHaveAttribute(
      'href',
      '/unauthorized-changes/7',
    );
    expect(within(row).getByText('checkout-api')).toBeInTheDocument();
    expect(within(row).getByText('CI-00003')).toBeInTheDocument();
    expect(within(row).getByText('version: 2.8.3 → 9.9.9')).toBeInTheDocument();
    expect(within(row).getByText('netscan')).toBeInTheDocument();
    expect(within(row).getByText('Open')).toBeInTheDocument();
    expect(screen.getByText('1 unauthorized change')).toBeInTheDocument();
  });

  it('filters by status through the URL', async () => {
    mockFetch({
      [OPEN]: () => jsonResponse(aPage([])),
      'GET /api/unauthorized-changes?limit=50&status=ACCEPTED': () =>
        jsonResponse(
          aPage([anUnauthorizedChange({ id: 3, status: 'ACCEPTED', reason: 'Known fix' })]),
        ),
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<UnauthorizedChangesPage />, { route: '/unauthorized-changes' });

    expect(await screen.findByText('No open unauthorized changes')).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    await user.click(await screen.findByRole('option', { name: 'Accepted' }));

    const row = (await screen.findByRole('link', { name: '#3' })).closest('tr')!;
    expect(within(row).getByText('Accepted')).toBeInTheDocument();
  });

  it('lists every status when asked for all', async () => {
    mockFetch({
      'GET /api/unauthorized-changes?limit=50': () =>
        jsonResponse(
          aPage([
            anUnauthorizedChange({ id: 9 }),
            anUnauthorizedChange({
              id: 8,
              status: 'LINKED',
              changeKey: 'CHG-000042',
              resolvedBy: 'manager',
              resolvedAt: '2026-11-30T08:00:00Z',
            }),
          ]),
        ),
    });

    renderWithProviders(<UnauthorizedChangesPage />, {
      route: '/unauthorized-changes?status=ALL',
    });

    expect(await screen.findByRole('link', { name: '#9' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Unauthorized changes' });
    expect(within(table).getByText('Linked to a change')).toBeInTheDocument();
    expect(within(table).getByText('Open')).toBeInTheDocument();
    expect(screen.getByText('2 unauthorized changes')).toBeInTheDocument();
  });
});
