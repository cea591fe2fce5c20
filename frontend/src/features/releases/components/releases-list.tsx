import { Button, Group, Stack, Title } from '@mantine/core';
import { Link } from 'react-router';

import { CsvDownload } from '@/components/data-list/csv-download';
import { DataList } from '@/components/data-list/data-list';
import { useListFilters } from '@/components/data-list/use-list-filters';
import { paths } from '@/config/paths';

import { releasesExportHref, useReleases } from '../api/get-releases';
import {
  isFiltered,
  listFiltersFromSearch,
  listFiltersToSearch,
  toReleaseFilters,
} from '../utils/list-filters';
import { canCreateRelease, type Viewer } from '../utils/release-actions';

import { RELEASE_COLUMNS } from './release-columns';
import { ReleasesFilters } from './releases-filters';

export function ReleasesList({ viewer }: { viewer: Viewer }) {
  const { filters, update, search, setSearch } = useListFilters({
    fromSearch: listFiltersFromSearch,
    toSearch: listFiltersToSearch,
  });
  const query = toReleaseFilters(filters);
  const releases = useReleases(query);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Releases</Title>
        <Group gap="md">
          <CsvDownload href={releasesExportHref(query)} />
          {canCreateRelease(viewer.roles) && (
            <Button component={Link} to={paths.newRelease.getHref()}>
              New release
            </Button>
          )}
        </Group>
      </Group>
      <ReleasesFilters
        filters={filters}
        search={search}
        onSearchChange={setSearch}
        onChange={update}
      />
      <DataList
        query={releases}
        label="Releases"
        noun={{ one: 'release', other: 'releases' }}
        columns={RELEASE_COLUMNS}
        rowKey={(release) => release.key}
        rowHref={(release) => paths.release.getHref(release.key)}
        empty={
          isFiltered(filters)
            ? { title: 'No releases match', description: 'Try another state or search.' }
            : {
                title: 'No releases yet',
                description:
                  'Release engineers bundle approved changes into releases; they will be listed here.',
              }
        }
      />
    </Stack>
  );
}
