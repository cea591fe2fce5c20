import { Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { ReasonConfirmModal } from '@/components/ui/reason-confirm-modal';

import type { UnauthorizedChange } from '../api/get-unauthorized-changes';
import { useResolveUnauthorizedChange } from '../api/resolve-unauthorized-change';

type Asking = 'accept' | 'roll-back' | null;

/** The change manager's three ways to resolve an open unauthorized change. */
export function UnauthorizedChangeActions({ record }: { record: UnauthorizedChange }) {
  const resolve = useResolveUnauthorizedChange(record.id);
  const [changeKey, setChangeKey] = useState('');
  const [keyError, setKeyError] = useState<string | null>(null);
  const [asking, setAsking] = useState<Asking>(null);
  const close = () => setAsking(null);

  const link = (event: FormEvent) => {
    event.preventDefault();
    if (changeKey.trim() === '') {
      setKeyError('Enter the key of the emergency change, e.g. CHG-000042.');
      return;
    }
    setKeyError(null);
    resolve.mutate({ kind: 'link', changeKey: changeKey.trim() });
  };

  return (
    <Card withBorder>
      <Stack>
        <Title order={4}>Resolve</Title>
        <form noValidate onSubmit={link}>
          <Group align="flex-end">
            <TextInput
              label="Emergency change"
              description="The retrospective emergency change that covers it; it must name this item."
              placeholder="CHG-000042"
              value={changeKey}
              error={keyError}
              onChange={(event) => setChangeKey(event.currentTarget.value)}
            />
            <Button type="submit" loading={resolve.isPending && resolve.variables?.kind === 'link'}>
              Link to change
            </Button>
          </Group>
        </form>
        {resolve.error && !asking && (
          <ProblemAlert title="Could not resolve it" error={resolve.error} />
        )}
        <Text size="sm" c="dimmed">
          Or, without a change:
        </Text>
        <Group>
          <Button variant="default" onClick={() => setAsking('accept')}>
            Accept
          </Button>
          <Button color="red" variant="light" onClick={() => setAsking('roll-back')}>
            Roll back
          </Button>
        </Group>
      </Stack>
      <ReasonConfirmModal
        opened={asking === 'accept'}
        onClose={close}
        title={`Accept unauthorized change #${record.id}`}
        consequence={`${record.attribute} of ${record.ciKey} stays ${record.newValue}. The record closes with your reason.`}
        confirmLabel="Accept"
        reasonHint="Auditors read it."
        maxLength={2000}
        onConfirm={async (reason) => {
          await resolve.mutateAsync({ kind: 'accept', reason });
          close();
        }}
      />
      <ReasonConfirmModal
        opened={asking === 'roll-back'}
        onClose={close}
        title={`Roll back unauthorized change #${record.id}`}
        consequence={`Confirm that ${record.attribute} of ${record.ciKey} was put back to ${record.oldValue ?? 'what it was'}: the CMDB shows the old value again and the record closes with your reason.`}
        confirmLabel="Roll back"
        reasonHint="Auditors read it."
        maxLength={2000}
        onConfirm={async (reason) => {
          await resolve.mutateAsync({ kind: 'roll-back', reason });
          close();
        }}
      />
    </Card>
  );
}
