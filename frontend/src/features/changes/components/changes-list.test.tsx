import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { SEARCH_DEBOUNCE_MS } from '@/components/data-list/use-list-filters';
import { jsonResponse, mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';

import { aSummary } from '../testing/fixtures';

import { ChangesList } from './changes-list';

const ann = { username: 'ann', roles: ['REQUESTER'] as const };
const auditor = { username: 'audrey', roles: ['AUDITOR'] as const };

const page = (keys: string[], next: string | null = null) =>
  jsonResponse({ items: keys.map((key) => aSummary(key)), next });

describe('ChangesList', () => {
  it('lists changes with their window in the change time zone and offers a new RFC to requesters', async () => {
    mockFetch({
      'GET /api/changes?limit=25': () =>
        jsonResponse({
          items: [
            aSummary('CHG-000001', {
              state: 'AWAITING_CAB',
              currentStepName: 'CAB vote',
              priority: 'P2',
            }),
          ],
          next: null,
        }),
    });

    renderWithProviders(<ChangesList viewer={ann} />, { route: '/changes' });

    const row = (await screen.findByRole('link', { name: 'CHG-000001' })).closest('tr')!;
    expect(within(row).getByText('Awaiting CAB')).toBeInTheDocument();
    expect(within(row).getByText('CAB vote')).toBeInTheDocument();
    expect(within(row).getByText('P2')).toBeInTheDocument();
    expect(within(row).getByText('14 Mar 2026, 22:00 – 15 Mar 2026, 02:00')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'New RFC' })).toBeInTheDocument();
  });

  it('hides "New RFC" from roles that do not raise changes', async () => {
    mockFetch({ 'GET /api/changes?limit=25': () => page(['CHG-000001']) });

    renderWithProviders(<ChangesList viewer={auditor} />, { route: '/changes' });

    expect(await screen.findByRole('link', { name: 'CHG-000001' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'New RFC' })).not.toBeInTheDocument();
  });

  it('loads the next page with the keyset cursor', async () => {
    mockFetch({
      'GET /api/changes?limit=25': () => page(['CHG-000001', 'CHG-000002'], 'CHG-000002'),
      'GET /api/changes?after=CHG-000002&limit=25': () => page(['CHG-000003']),
    });
    const user = userEvent.setup();
    renderWithProviders(<ChangesList viewer={ann} />, { route: '/changes' });

    await user.click(await screen.findByRole('button', { name: 'Load more' }));

    expect(await screen.findByRole('link', { name: 'CHG-000003' })).toBeInTheDocument();
    expect(screen.getAllByRole('row')).toHaveLength(4);
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    expect(screen.getByText('3 changes')).toBeInTheDocument();
  });

  it('filters by the URL state and turns "mine" into the requester', async () => {
    const fetchMock = mockFetch({
      'GET /api/changes?state=DRAFT&state=IN_REVIEW&limit=25': () => page(['CHG-000001']),
      'GET /api/changes?state=DRAFT&state=IN_REVIEW&requester=ann&limit=25': () => page([]),
    });
    const user = userEvent.setup();
    renderWithProviders(<ChangesList viewer={ann} />, {
      route: '/changes?state=DRAFT&state=IN_REVIEW',
    });
    await screen.findByRole('link', { name: 'CHG-000001' });

    await user.click(screen.getByRole('switch', { name: 'Mine' }));

    expect(await screen.findByText('No changes match')).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('searches once the user stops typing', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const fetchMock = mockFetch({
      'GET /api/changes?limit=25': () => page([]),
      'GET /api/changes?q=db&limit=25': () => page(['CHG-000009']),
    });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    renderWithProviders(<ChangesList viewer={ann} />, { route: '/changes' });
    expect(await screen.findByText('No changes yet')).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'db');
    await act(() => vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS + 50));

    expect(await screen.findByRole('link', { name: 'CHG-000009' })).toBeInTheDocument();
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual([
      '/api/changes?limit=25',
      '/api/changes?q=db&limit=25',
    ]);
    vi.useRealTimers();
  });

  it('lists a period on the chosen date in the chosen order, and downloads exactly that list', async () => {
    const fetchMock = mockFetch({
      'GET /api/changes?date=IMPLEMENTED&from=2026-11-01T00%3A00%3A00Z&to=2026-11-08T00%3A00%3A00Z&sort=PRIORITY&limit=25':
        () => page(['CHG-000007']),
    });

    renderWithProviders(<ChangesList viewer={auditor} />, {
      route: '/changes?date=IMPLEMENTED&from=2026-11-01&to=2026-11-07&sort=PRIORITY',
    });

    expect(await screen.findByRole('link', { name: 'CHG-000007' })).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledOnce();
    const filters = screen.getByRole('search', { name: 'Filter changes' });
    expect(within(filters).getByRole('combobox', { name: 'Date' })).toHaveValue(
      'Implemented or closed',
    );
    expect(within(filters).getByLabelText('From')).toHaveValue('2026-11-01');
    expect(within(filters).getByLabelText('To')).toHaveValue('2026-11-07');
    expect(within(filters).getByRole('combobox', { name: 'Sort' })).toHaveValue(
      'Priority, P1 first',
    );
    expect(screen.getByRole('link', { name: 'Download CSV' })).toHaveAttribute(
      'href',
      '/api/changes/export.csv?date=IMPLEMENTED&from=2026-11-01T00%3A00%3A00Z&to=2026-11-08T00%3A00%3A00Z&sort=PRIORITY',
    );
  });

  it('keeps a picked day in the URL and asks for the period on the submitted date', async () => {
    const fetchMock = mockFetch({
      'GET /api/changes?limit=25': () => page(['CHG-000001']),
      'GET /api/changes?date=SUBMITTED&from=2026-11-02T00%3A00%3A00Z&limit=25': () =>
        page(['CHG-000002']),
    });
    renderWithProviders(<ChangesList viewer={auditor} />, { route: '/changes' });
    await screen.findByRole('link', { name: 'CHG-000001' });

    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-11-02' } });

    expect(await screen.findByRole('link', { name: 'CHG-000002' })).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('link', { name: 'Download CSV' })).toHaveAttribute(
      'href',
      '/api/changes/export.csv?date=SUBMITTED&from=2026-11-02T00%3A00%3A00Z',
    );
  });
});
