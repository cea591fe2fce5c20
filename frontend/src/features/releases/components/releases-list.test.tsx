import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { SEARCH_DEBOUNCE_MS } from '@/components/data-list/use-list-filters';
import { jsonResponse, mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';

import { aReleasePage, aReleaseSummary } from '../testing/fixtures';

import { ReleasesList } from './releases-list';

const rita = { username: 'rita', roles: ['RELEASE_ENGINEER'] as const };
const audrey = { username: 'audrey', roles: ['AUDITOR'] as const };

const page = (keys: string[], next: string | null = null) => jsonResponse(aReleasePage(keys, next));

describe('ReleasesList', () => {
  it('lists releases with state, change count and step, and offers a new release to engineers', async () => {
    mockFetch({
      'GET /api/releases?limit=25': () =>
        jsonResponse({
          items: [
            aReleaseSummary('REL-2026.11-3', {
              state: 'ROLLING_OUT',
              changeCount: 4,
              currentStepName: 'Deploy wave',
            }),
          ],
          next: null,
        }),
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
    expect(screen.getByRole('region', { name: 'Releases' })).toHaveAttribute('tabindex', '0');
  });

  it('hides "New release" from readers', async () => {
    mockFetch({ 'GET /api/releases?limit=25': () => page(['REL-2026.11-1']) });

    renderWithProviders(<ReleasesList viewer={audrey} />, { route: '/releases' });

    expect(await screen.findByRole('link', { name: 'REL-2026.11-1' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'New release' })).not.toBeInTheDocument();
  });

  it('loads the next page with the keyset cursor', async () => {
    mockFetch({
      'GET /api/releases?limit=25': () => page(['REL-2026.11-9', 'REL-2026.11-8'], 'REL-2026.11-8'),
      'GET /api/releases?after=REL-2026.11-8&limit=25': () => page(['REL-2026.11-7']),
    });
    const user = userEvent.setup();
    renderWithProviders(<ReleasesList viewer={rita} />, { route: '/releases' });

    await user.click(await screen.findByRole('button', { name: 'Load more' }));

    expect(await screen.findByRole('link', { name: 'REL-2026.11-7' })).toBeInTheDocument();
    expect(screen.getAllByRole('row')).toHaveLength(4);
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    expect(screen.getByText('3 releases')).toBeInTheDocument();
  });

  it('filters by the states in the URL and by the ones picked', async () => {
    const fetchMock = mockFetch({
      'GET /api/releases?state=DRAFT&limit=25': () => page(['REL-2026.11-1']),
      'GET /api/releases?state=DRAFT&state=CLOSED&limit=25': () => page([]),
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
      'GET /api/releases?limit=25': () => page([]),
      'GET /api/releases?q=shop&limit=25': () => page(['REL-2026.11-9']),
    });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    renderWithProviders(<ReleasesList viewer={rita} />, { route: '/releases' });
    expect(await screen.findByText('No releases yet')).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'shop');
    await act(() => vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS + 50));

    expect(await screen.findByRole('link', { name: 'REL-2026.11-9' })).toBeInTheDocument();
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual([
      '/api/releases?limit=25',
      '/api/releases?q=shop&limit=25',
    ]);
    vi.useRealTimers();
  });
});
