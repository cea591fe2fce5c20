import { Button, Center, Group, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { paths } from '@/config/paths';

import { useChanges } from '../api/get-changes';
import { canCreateChange, type Viewer } from '../utils/change-actions';
import {
  isFiltered,
  listFiltersFromSearch,
  listFiltersToSearch,
  toChangeFilters,
  type ListFilters,
} from '../utils/list-filters';

import { ChangesFilters } from './changes-filters';
import { ChangesTable, ChangesTableSkeleton } from './changes-table';

export const SEARCH_DEBOUNCE_MS = 300;

export function ChangesList({ viewer }: { viewer: Viewer }) {
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

  const changes = useChanges(toChangeFilters(filters, viewer.username));
  const items = changes.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Changes</Title>
        {canCreateChange(viewer.roles) && (
          <Button component={Link} to={paths.newChange.getHref()}>
            New RFC
          </Button>
        )}
      </Group>
      <ChangesFilters
        filters={filters}
        search={search}
        onSearchChange={setSearch}
        onChange={update}
      />
      {changes.isPending ? (
        <ChangesTableSkeleton />
      ) : changes.isError ? (
        <ProblemAlert title="Could not load changes" error={changes.error} />
      ) : items.length === 0 ? (
        <EmptyState
          title={isFiltered(filters) ? 'No changes match' : 'No changes yet'}
          description={
            isFiltered(filters)
              ? 'Try fewer filters or another search.'
              : 'Requests for change will be listed here once someone raises one.'
          }
        />
      ) : (
        <>
          <ChangesTable changes={items} />
          <Center>
            {changes.hasNextPage ? (
              <Button
                variant="default"
                onClick={() => void changes.fetchNextPage()}
                loading={changes.isFetchingNextPage}
              >
                Load more
              </Button>
            ) : (
              <Text size="sm" c="dimmed">
                {items.length === 1 ? '1 change' : `${items.length} changes`}
              </Text>
            )}
          </Center>
        </>
      )}
    </Stack>
  );
}
