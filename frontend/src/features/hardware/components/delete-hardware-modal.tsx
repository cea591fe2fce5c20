import { ConfirmModal } from '@/components/ui/confirm-modal';

import { useDeleteHardware } from '../api/delete-hardware';
import type { Hardware } from '../api/get-hardware';

export function DeleteHardwareModal({ item, onClose }: { item?: Hardware; onClose: () => void }) {
  const remove = useDeleteHardware();
  return (
    <ConfirmModal
      opened={item !== undefined}
      onClose={onClose}
      title={item ? `Delete ${item.name}?` : ''}
      consequence={
        <>
          {item?.name} ({item?.serialNumber ?? 'no serial number'}) leaves the hardware store for
          good.
        </>
      }
      confirmLabel="Delete"
      pending={remove.isPending}
      error={remove.error}
      onConfirm={() => item && remove.mutate(item.id, { onSuccess: onClose })}
    />
  );
}
