import { Button, Group, Modal, Stack, Text } from '@mantine/core';

import { ProblemAlert } from '@/components/ui/problem-alert';

import { useDeleteHardware } from '../api/delete-hardware';
import type { Hardware } from '../api/get-hardware';

export function DeleteHardwareModal({ item, onClose }: { item?: Hardware; onClose: () => void }) {
  const remove = useDeleteHardware();
  return (
    <Modal opened={item !== undefined} onClose={onClose} title={item ? `Delete ${item.name}?` : ''}>
      <Stack>
        <Text size="sm">
          {item?.name} ({item?.serialNumber ?? 'no serial number'}) leaves the hardware store for
          good.
        </Text>
        {remove.error && <ProblemAlert error={remove.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            color="red"
            loading={remove.isPending}
            onClick={() => item && remove.mutate(item.id, { onSuccess: onClose })}
          >
            Delete
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
