import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';

import { ReasonConfirmModal } from '@/components/ui/reason-confirm-modal';
import { usePersonName } from '@/hooks/use-person-name';

import type { ReleaseView } from '../api/get-release';
import { useRecordRolloutOverride } from '../api/record-rollout-override';
import type { Viewer } from '../utils/release-actions';

/**
 * Until the rollout starts: why it may not start now (outside an approved change window, inside
 * a blackout) and the change manager's override, if one was recorded. Change managers record one
 * here; the server refuses the start the same way, so this only says it first.
 */
export function RolloutWindow({ release, viewer }: { release: ReleaseView; viewer: Viewer }) {
  const personName = usePersonName();
  const record = useRecordRolloutOverride();
  const [opened, { open, close }] = useDisclosure(false);
  const refusal = release.rolloutRefusal;
  if (!refusal) return null;
  const override = release.overrides.at(-1);
  const manager = viewer.roles.includes('CHANGE_MANAGER');

  return (
    <Stack gap="xs">
      {override ? (
        <Alert color="yellow" variant="light" title="Rollout allowed by a window override">
          <Text size="sm">{refusal}</Text>
          <Text size="sm" fw={500} mt={4}>
            Window override by {personName(override.by)}: {override.reason}
          </Text>
        </Alert>
      ) : (
        <Alert color="orange" variant="light" title="The rollout cannot start now">
          <Text size="sm">{refusal}</Text>
          {!manager && (
            <Text size="sm" mt={4}>
              A change manager can record a window override.
            </Text>
          )}
        </Alert>
      )}
      {manager && !override && (
        <Group justify="flex-end">
          <Button variant="light" color="orange" onClick={open}>
            Record window override
          </Button>
        </Group>
      )}
      {manager && (
        <ReasonConfirmModal
          opened={opened}
          onClose={close}
          title={`Window override for ${release.key}`}
          consequence="The release may roll out although now is outside the approved windows of its changes or inside a blackout. Your name and reason go on the release timeline and the audit log."
          confirmLabel="Record override"
          reasonHint="Why the rollout may not wait, read by release engineers and auditors"
          maxLength={2000}
          onConfirm={async (reason) => {
            await record.mutateAsync({ key: release.key, input: { reason } });
            close();
          }}
        />
      )}
    </Stack>
  );
}
