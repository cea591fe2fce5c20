import { Anchor, Select, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';

import { LoadMore } from '@/components/data-list/load-more';
import { EmptyState } from '@/components/ui/empty-state';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/time-zone';

import {
  useUnauthorizedChanges,
  type UnauthorizedChangeStatus,
} from '../api/get-unauthorized-changes';
import { STATUS_LABELS, STATUSES } from '../utils/vocabulary';

import { UnauthorizedChangeStatusBadge } from './unauthorized-change-status';

const ALL = 'ALL';

/** Open ones unless the link asks for others: they are what needs someone. */
function statusFrom(search: URLSearchParams): UnauthorizedChangeStatus | null {
  const value = search.get('status');
  if (value === ALL) return null;
  return STATUSES.find((status) => status === value) ?? 'OPEN';
}

const STATUS_OPTIONS = [
  ...STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] })),
  { value: ALL, label: 'All' },
];

/**
 * Changes discovery tools saw on configuration items that no approved change or release
 * covered: what changed, from what to what, when, and where each stands.
 */
export function UnauthorizedChangesPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const status = statusFrom(searchParams);
  const records = useUnauthorizedChanges(status);
  const rows = records.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Stack>
      <Stack gap={0}>
        <Title order={2}>Unauthorized changes</Title>
        <Text size="sm" c="dimmed">
          Changes discovery saw on configuration items that no approved change or release covers.
          Link each to a retrospective emergency change, accept it, or record that it was rolled
          back.
        </Text>
      </Stack>
      <Select
        label="Status"
        data={STATUS_OPTIONS}
        value={status ?? ALL}
        allowDeselect={false}
        maw={240}
        onChange={(value) => setSearchParams({ status: value ?? 'OPEN' }, { replace: true })}
      />
      {records.isPending ? (
        <Skeleton height={160} aria-label="Loading unauthorized changes" />
      ) : records.isError ? (
        <ProblemAlert title="Could not load the unauthorized changes" error={records.error} />
      ) : rows.length === 0 ? (
        <EmptyState
          title={status === 'OPEN' ? 'No open unauthorized changes' : 'No unauthorized changes'}
          description="Every change discovery reported was covered by an approved change or release."
        />
      ) : (
        <>
          <Table.ScrollContainer minWidth={900}>
            <Table aria-label="Unauthorized changes" highlightOnHover verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Record</Table.Th>
                  <Table.Th>Configuration item</Table.Th>
                  <Table.Th>What changed</Table.Th>
                  <Table.Th>Seen</Table.Th>
                  <Table.Th>Reported by</Table.Th>
                  <Table.Th>Status</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((record) => (
                  <Table.Tr key={record.id}>
                    <Table.Td>
                      <Anchor
                        component={Link}
                        to={paths.unauthorizedChange.getHref(record.id)}
                        fw={600}
                      >
                        #{record.id}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{record.ciName ?? record.ciKey}</Text>
                      <Text size="xs" c="dimmed">
                        {record.ciKey}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {record.attribute}: {record.oldValue ?? '(none)'} → {record.newValue}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{formatDateTime(record.observedAt)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{record.source}</Text>
                    </Table.Td>
                    <Table.Td>
                      <UnauthorizedChangeStatusBadge status={record.status} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <LoadMore
            hasNextPage={records.hasNextPage}
            isFetchingNextPage={records.isFetchingNextPage}
            onLoadMore={() => void records.fetchNextPage()}
            count={rows.length}
            noun={{ one: 'unauthorized change', other: 'unauthorized changes' }}
          />
        </>
      )}
    </Stack>
  );
}
