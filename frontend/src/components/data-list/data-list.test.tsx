import { useInfiniteQuery } from '@tanstack/react-query';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useSearchParams } from 'react-router';
import { describe, expect, it, vi } from 'vitest';

import { zKeysetPageReleaseSummary } from '@/api/generated/zod.gen';
import { ApiError } from '@/lib/api-client';
import { contractFixture } from '@/testing/contract-fixture';
import { renderWithProviders } from '@/testing/test-utils';

import { DataList } from './data-list';
import { KeyLink } from './data-table';
import { ListFilterBar } from './list-filter-bar';
import { SEARCH_DEBOUNCE_MS, useListFilters } from './use-list-filters';

// The shared list parts on their own, over a page shaped like GET /api/releases sends it.

type Filters = { state: string[]; q: string };
type Page = ReturnType<typeof aPage>;
type FetchPage = (filters: Filters, after: string | null) => Promise<Page>;

function aPage(keys: readonly string[], next: string | null = null) {
  return contractFixture(zKeysetPageReleaseSummary, {
    items: keys.map((key) => ({
      key,
      name: `Release ${key}`,
      type: 'DELTA',
      state: 'DRAFT',
      changeCount: 0,
      createdAt: '2026-11-20T08:00:00Z',
    })),
    next,
  });
}

const fromSearch = (search: URLSearchParams): Filters => ({
  state: search.getAll('state'),
  q: search.get('q') ?? '',
});
const toSearch = (filters: Filters) => {
  const search = new URLSearchParams();
  for (const state of filters.state) search.append('state', state);
  if (filters.q.trim()) search.set('q', filters.q.trim());
  return search;
};

function List({ fetchPage }: { fetchPage: FetchPage }) {
  const { filters, update, search, setSearch } = useListFilters({ fromSearch, toSearch });
  const query = useInfiniteQuery({
    queryKey: ['list', filters],
    queryFn: ({ pageParam }) => fetchPage(filters, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next ?? null,
  });
  return (
    <>
      <ListFilterBar
        label="Filter releases"
        search={search}
        onSearchChange={setSearch}
        searchPlaceholder="Key or name"
        stateOptions={[
          { value: 'DRAFT', label: 'Draft' },
          { value: 'CLOSED', label: 'Closed' },
        ]}
        state={filters.state}
        onStateChange={(state) => update({ state })}
      />
      <DataList
        query={query}
        label="Releases"
        noun={{ one: 'release', other: 'releases' }}
        columns={[
          { header: 'Key', cell: (row) => <KeyLink to={`/r/${row.key}`}>{row.key}</KeyLink> },
          { header: 'Name', cell: (row) => row.name },
        ]}
        rowKey={(row) => row.key}
        rowHref={(row) => `/r/${row.key}`}
        empty={{ title: 'Nothing here', description: 'Try another filter.' }}
      />
    </>
  );
}

/** Two filter changes in one go, before the URL has caught up with the first. */
function TwoQuickChanges() {
  const { update } = useListFilters({ fromSearch, toSearch });
  const [params] = useSearchParams();
  return (
    <>
      <button
        onClick={() => {
          update({ state: ['CLOSED'] });
          update({ q: 'shop' });
        }}
      >
        Both
      </button>
      <output aria-label="URL">{params.toString()}</output>
    </>
  );
}

describe('DataList with ListFilterBar', () => {
  it('shows the rows in a named, focusable scroll region with a sticky header', async () => {
    const fetchPage = vi.fn<FetchPage>().mockResolvedValue(aPage(['R-1']));
    renderWithProviders(<List fetchPage={fetchPage} />);

    const region = await screen.findByRole('region', { name: 'Releases' });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(within(region).getAllByRole('rowgroup')[0]).toHaveAttribute('data-sticky');
    expect(within(region).getByRole('link', { name: 'R-1' })).toHaveAttribute('href', '/r/R-1');
    expect(screen.getByText('1 release')).toBeInTheDocument();
  });

  it('loads the next page with the cursor of the last one', async () => {
    const fetchPage = vi
      .fn<FetchPage>()
      .mockResolvedValueOnce(aPage(['R-3', 'R-2'], 'R-2'))
      .mockResolvedValueOnce(aPage(['R-1']));
    const user = userEvent.setup();
    renderWithProviders(<List fetchPage={fetchPage} />);

    await user.click(await screen.findByRole('button', { name: 'Load more' }));

    expect(await screen.findByRole('link', { name: 'R-1' })).toBeInTheDocument();
    expect(fetchPage.mock.calls.map(([, after]) => after)).toEqual([null, 'R-2']);
    expect(screen.getAllByRole('row')).toHaveLength(4);
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    expect(screen.getByText('3 releases')).toBeInTheDocument();
  });

  it('asks again, from the first page, when a state is picked or a search settles', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const fetchPage = vi.fn<FetchPage>().mockResolvedValue(aPage([]));
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    renderWithProviders(<List fetchPage={fetchPage} />, { route: '/?state=DRAFT' });
    expect(await screen.findByText('Nothing here')).toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: 'State' }));
    await user.click(await screen.findByRole('option', { name: 'Closed' }));
    await vi.waitFor(() => expect(fetchPage).toHaveBeenCalledTimes(2));
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'shop');
    await act(() => vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS + 50));

    await vi.waitFor(() => expect(fetchPage).toHaveBeenCalledTimes(3));
    expect(fetchPage.mock.calls).toEqual([
      [{ state: ['DRAFT'], q: '' }, null],
      [{ state: ['DRAFT', 'CLOSED'], q: '' }, null],
      [{ state: ['DRAFT', 'CLOSED'], q: 'shop' }, null],
    ]);
    vi.useRealTimers();
  });

  it('keeps both of two changes made before the URL caught up with the first', async () => {
    const user = userEvent.setup();
    renderWithProviders(<TwoQuickChanges />, { route: '/?state=DRAFT' });

    await user.click(screen.getByRole('button', { name: 'Both' }));

    await vi.waitFor(() =>
      expect(screen.getByRole('status', { name: 'URL' })).toHaveTextContent('state=CLOSED&q=shop'),
    );
  });

  it('says what went wrong when the list cannot be loaded', async () => {
    const fetchPage = vi.fn<FetchPage>().mockRejectedValue(
      new ApiError({
        status: 400,
        title: 'Invalid request',
        detail: 'no release R-9 to continue after',
      }),
    );
    renderWithProviders(<List fetchPage={fetchPage} />);

    expect(await screen.findByText('Could not load releases')).toBeInTheDocument();
    expect(screen.getByText('no release R-9 to continue after')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
