import { Badge, Button, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';

import type { CiView } from '@/api/generated/types.gen';
import { ciTypeLabel } from '@/components/cmdb/ci-vocabulary';

import { canEditCmdb, type Viewer } from '../utils/viewer';

import { CiChanges } from './ci-changes';
import { CiFacts } from './ci-facts';
import { CiFormModal } from './ci-form-modal';
import { CiHistory } from './ci-history';
import { CiImpact } from './ci-impact';
import { CiRelations } from './ci-relations';

export function CiDetail({ ci, viewer }: { ci: CiView; viewer: Viewer }) {
  const admin = canEditCmdb(viewer.roles);
  const [editing, { open, close }] = useDisclosure(false);
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Group gap="sm">
            <Title order={2}>{ci.name}</Title>
            <Badge variant="outline" tt="none">
              {ciTypeLabel(ci.type)}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            {ci.key}
          </Text>
        </Stack>
        {admin && <Button onClick={open}>Edit</Button>}
      </Group>
      <Paper withBorder p="md">
        <CiFacts ci={ci} />
      </Paper>
      <Paper withBorder p="md">
        {/* Unmounted tabs fetch nothing: each loads when it opens. */}
        <Tabs defaultValue="relations" keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="relations">Relations</Tabs.Tab>
            <Tabs.Tab value="impact">Impact</Tabs.Tab>
            <Tabs.Tab value="history">History</Tabs.Tab>
            <Tabs.Tab value="changes">Changes</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="relations">
            <CiRelations ci={ci} admin={admin} />
          </Tabs.Panel>
          <Tabs.Panel value="impact">
            <CiImpact ciKey={ci.key} name={ci.name} />
          </Tabs.Panel>
          <Tabs.Panel value="history">
            <CiHistory ciKey={ci.key} />
          </Tabs.Panel>
          <Tabs.Panel value="changes">
            <CiChanges ciKey={ci.key} />
          </Tabs.Panel>
        </Tabs>
      </Paper>
      <CiFormModal opened={editing} ci={ci} onClose={close} onSaved={close} />
    </Stack>
  );
}
