import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { jsonResponse, mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';

import { aReleaseSummary } from '../testing/fixtures';

import { ReleasesList, SEARCH_DEBOUNCE_MS } from './releases-list';

const rita = { username: 'rita', roles: ['RELEASE_ENGINEER'] as const };
const audrey = { username: 'audrey', roles: ['AUDITOR'] as const };

const list = (...keys: string[]) => jsonResponse(keys.map((key) => aReleaseSummary(key)));

describe('ReleasesList', () => {
  it('lists releases with state, change count and step, and offers a new release to engineers', async () => {
    mockFetch({
      'GET /api/releases': () =>
        jsonResponse([
          aReleaseSummary('REL-2026.11-3', {
            state: 'ROLLING_OUT',
            changeCount: 4,
            currentStepName: 'Deploy wave',
          }),
        ]),
    });

    renderWithProviders(<ReleasesList viewer={rita} />, { route: '/releases' });

    const link = await screen.findByRole('link', { name: 'REL-2026.11-3' });
    expect(link).toHaveAttribute('href', '/releases/REL-2026.11-3');
    const row = link.closest('tr')!;
    expect(within(row).getByText('Rolling out')).toBeInTheDocument();
    expect(within(row).getByText('4')).toBeInTheDocument();
    expect(within(row).getByText('Deploy wave')).toBeInTheDocument();
    expect(within(row).getByText('Delta')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'New release' })).toHaveAttribute(
      'href',
      '/releases/new',
    );
  });

  it('hides "New release" from readers', async () => {
    mockFetch({ 'GET /api/releases': () => list('REL-2026.11-1') });

    renderWithProviders(<ReleasesList viewer={audrey} />, { route: '/releases' });

    expect(await screen.findByRole('link', { name: 'REL-2026.11-1' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'New release' })).not.toBeInTheDocument();
  });

  it('filters by the state in the URL and by the one picked', async () => {
    const fetchMock = mockFetch({
      'GET /api/releases?state=DRAFT': () => list('REL-2026.11-1'),
      'GET /api/releases?state=CLOSED': () => jsonResponse([]),
    });
    const user = userEvent.setup();
    renderWithProviders(<ReleasesList viewer={rita} />, { route: '/releases?state=DRAFT' });
    await screen.findByRole('link', { name: 'REL-2026.11-1' });

    await user.click(screen.getByRole('combobox', { name: 'State' }));
    await user.click(await screen.findByRole('option', { name: 'Closed' }));

    expect(await screen.findByText('No releases match')).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('searches once the user stops typing', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const fetchMock = mockFetch({
      'GET /api/releases': () => jsonResponse([]),
      'GET /api/releases?q=shop': () => list('REL-2026.11-9'),
    });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    renderWithProviders(<ReleasesList viewer={rita} />, { route: '/releases' });
    expect(await screen.findByText('No releases yet')).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'shop');
    await act(() => vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS + 50));

    expect(await screen.findByRole('link', { name: 'REL-2026.11-9' })).toBeInTheDocument();
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual([
      '/api/releases',
      '/api/releases?q=shop',
    ]);
    vi.useRealTimers();
  });
});
