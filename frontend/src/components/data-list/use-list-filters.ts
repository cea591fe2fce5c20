import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
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

  // What the last update asked for, until the URL has caught up with it: react-router's setter
  // does not queue, so a second change made before the next render (a date picked, then a bound
  // typed) would start from the old URL and drop the first.
  const pending = useRef<URLSearchParams | null>(null);
  useEffect(() => {
    pending.current = null;
  }, [searchParams]);

  const update = (patch: Partial<F>) => {
    const base = pending.current ? fromSearch(pending.current) : filters;
    const next = toSearch({ ...base, ...patch });
    pending.current = next;
    setSearchParams(next, { replace: true });
  };

  useEffect(() => {
    if (debouncedSearch.trim() !== filters.q.trim()) update({ q: debouncedSearch } as Partial<F>);
    // Only a settled search string should touch the URL.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debouncedSearch]);

  return { filters, update, search, setSearch };
}
