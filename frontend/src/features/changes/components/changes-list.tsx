import { Button, Group, Stack, Title } from '@mantine/core';
import { Link } from 'react-router';

import { CsvDownload } from '@/components/data-list/csv-download';
import { DataList } from '@/components/data-list/data-list';
import { useListFilters } from '@/components/data-list/use-list-filters';
import { paths } from '@/config/paths';

import { changesExportHref, useChanges } from '../api/get-changes';
import { canCreateChange, type Viewer } from '../utils/change-actions';
import {
  isFiltered,
  listFiltersFromSearch,
  listFiltersToSearch,
  toChangeFilters,
} from '../utils/list-filters';

import { CHANGE_COLUMNS } from './change-columns';
import { ChangesFilters } from './changes-filters';

export function ChangesList({ viewer }: { viewer: Viewer }) {
  const { filters, update, search, setSearch } = useListFilters({
    fromSearch: listFiltersFromSearch,
    toSearch: listFiltersToSearch,
  });
  const query = toChangeFilters(filters, viewer.username);
  const changes = useChanges(query);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Changes</Title>
        <Group gap="md">
          <CsvDownload href={changesExportHref(query)} />
          {canCreateChange(viewer.roles) && (
            <Button component={Link} to={paths.newChange.getHref()}>
              New RFC
            </Button>
          )}
        </Group>
      </Group>
      <ChangesFilters
        filters={filters}
        search={search}
        onSearchChange={setSearch}
        onChange={update}
      />
      <DataList
        query={changes}
        label="Changes"
        noun={{ one: 'change', other: 'changes' }}
        columns={CHANGE_COLUMNS}
        rowKey={(change) => change.key}
        rowHref={(change) => paths.change.getHref(change.key)}
        empty={
          isFiltered(filters)
            ? { title: 'No changes match', description: 'Try fewer filters or another search.' }
            : {
                title: 'No changes yet',
                description: 'Requests for change will be listed here once someone raises one.',
              }
        }
      />
    </Stack>
  );
}
