// Hardware in the definitive hardware store (DHS), as the API spells it.

export const HARDWARE_STATUSES = ['IN_STOCK', 'RESERVED', 'DEPLOYED', 'RETIRED'] as const;
export type HardwareStatus = (typeof HARDWARE_STATUSES)[number];

export const STATUS_LABELS: Record<HardwareStatus, string> = {
  IN_STOCK: 'In stock',
  RESERVED: 'Reserved',
  DEPLOYED: 'Deployed',
  RETIRED: 'Retired',
};

export const STATUS_COLORS: Record<HardwareStatus, string> = {
  IN_STOCK: 'teal',
  RESERVED: 'yellow',
  DEPLOYED: 'blue',
  RETIRED: 'gray',
};

export function statusLabel(status: string): string {
  return STATUS_LABELS[status as HardwareStatus] ?? status;
}

export function statusColor(status: string): string {
  return STATUS_COLORS[status as HardwareStatus] ?? 'gray';
}
