import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';

/** How long the search box waits for typing to stop before the list asks the server. */
export const SEARCH_DEBOUNCE_MS = 300;

type UrlFilters<F> = {
  /** Reads the filters from the URL, ignoring values that are not filters. */
  fromSearch: (search: URLSearchParams) => F;
  toSearch: (filters: F) => URLSearchParams;
};

/**
 * A list's filters, kept in the URL so Back and a shared link restore them. The search box is
 * its own state: only a settled search string reaches the URL (and the server).
 */
export function useListFilters<F extends { q: string }>({ fromSearch, toSearch }: UrlFilters<F>) {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = fromSearch(searchParams);
  const [search, setSearch] = useState(filters.q);
  const [debouncedSearch] = useDebouncedValue(search, SEARCH_DEBOUNCE_MS);

  const update = (patch: Partial<F>) =>
    setSearchParams(toSearch({ ...filters, ...patch }), { replace: true });

  useEffect(() => {
    if (debouncedSearch.trim() !== filters.q.trim()) update({ q: debouncedSearch } as Partial<F>);
    // Only a settled search string should touch the URL.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debouncedSearch]);

  return { filters, update, search, setSearch };
}
