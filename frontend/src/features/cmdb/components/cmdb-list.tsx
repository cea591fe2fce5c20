import { Button, Group, Stack, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useNavigate } from 'react-router';

import { DataList } from '@/components/data-list/data-list';
import { useListFilters } from '@/components/data-list/use-list-filters';
import { paths } from '@/config/paths';

import { useCiList } from '../api/get-cis';
import {
  isFiltered,
  listFiltersFromSearch,
  listFiltersToSearch,
  toCiFilters,
} from '../utils/list-filters';
import { canEditCmdb, type Viewer } from '../utils/viewer';

import { CI_COLUMNS } from './ci-columns';
import { CiFormModal } from './ci-form-modal';
import { CiImport } from './ci-import';
import { CmdbFilters } from './cmdb-filters';

export function CmdbList({ viewer }: { viewer: Viewer }) {
  const { filters, update, search, setSearch } = useListFilters({
    fromSearch: listFiltersFromSearch,
    toSearch: listFiltersToSearch,
  });
  const cis = useCiList(toCiFilters(filters));
  const [creating, { open, close }] = useDisclosure(false);
  const navigate = useNavigate();
  const admin = canEditCmdb(viewer.roles);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>CMDB</Title>
        {admin && <Button onClick={open}>New item</Button>}
      </Group>
      <CmdbFilters filters={filters} search={search} onSearchChange={setSearch} onChange={update} />
      <DataList
        query={cis}
        label="Configuration items"
        noun={{ one: 'item', other: 'items' }}
        columns={CI_COLUMNS}
        rowKey={(ci) => ci.key}
        rowHref={(ci) => paths.ci.getHref(ci.key)}
        empty={
          isFiltered(filters)
            ? { title: 'No items match', description: 'Try another type or search.' }
            : {
                title: 'The CMDB is empty',
                description: 'Admins record configuration items here, one by one or by import.',
              }
        }
      />
      {admin && <CiImport />}
      <CiFormModal
        opened={creating}
        onClose={close}
        onSaved={(ci) => {
          close();
          void navigate(paths.ci.getHref(ci.key));
        }}
      />
    </Stack>
  );
}
