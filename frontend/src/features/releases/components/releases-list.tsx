import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { EmptyState } from '@/components/ui/empty-state';
import { paths } from '@/config/paths';

import { useReleases } from '../api/get-releases';
import { canCreateRelease, type Viewer } from '../utils/release-actions';
import {
  isFiltered,
  listFiltersFromSearch,
  listFiltersToSearch,
  toReleaseFilters,
  type ListFilters,
} from '../utils/list-filters';

import { ReleasesFilters } from './releases-filters';
import { ReleasesTable, ReleasesTableSkeleton } from './releases-table';

export const SEARCH_DEBOUNCE_MS = 300;

export function ReleasesList({ viewer }: { viewer: Viewer }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = listFiltersFromSearch(searchParams);
  const [search, setSearch] = useState(filters.q);
  const [debouncedSearch] = useDebouncedValue(search, SEARCH_DEBOUNCE_MS);

  const update = (patch: Partial<ListFilters>) =>
    setSearchParams(listFiltersToSearch({ ...filters, ...patch }), { replace: true });

  useEffect(() => {
    if (debouncedSearch.trim() !== filters.q.trim()) update({ q: debouncedSearch });
    // Only a settled search string should touch the URL.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debouncedSearch]);

  const releases = useReleases(toReleaseFilters(filters));
  const items = releases.data ?? [];

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Releases</Title>
        {canCreateRelease(viewer.roles) && (
          <Button component={Link} to={paths.newRelease.getHref()}>
            New release
          </Button>
        )}
      </Group>
      <ReleasesFilters
        filters={filters}
        search={search}
        onSearchChange={setSearch}
        onChange={update}
      />
      {releases.isPending ? (
        <ReleasesTableSkeleton />
      ) : releases.isError ? (
        <ProblemAlert title="Could not load releases" error={releases.error} />
      ) : items.length === 0 ? (
        <EmptyState
          title={isFiltered(filters) ? 'No releases match' : 'No releases yet'}
          description={
            isFiltered(filters)
              ? 'Try another state or search.'
              : 'Release engineers bundle approved changes into releases; they will be listed here.'
          }
        />
      ) : (
        <>
          <ReleasesTable releases={items} />
          <Text size="sm" c="dimmed" ta="center">
            {items.length === 1 ? '1 release' : `${items.length} releases`}
          </Text>
        </>
      )}
    </Stack>
  );
}
