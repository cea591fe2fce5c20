// API-shaped hardware items for tests: what GET /api/hardware sends.

import { zHardwareView } from '@/api/generated/zod.gen';
import { contractFixture } from '@/testing/contract-fixture';

export function aHardwareItem(overrides: Record<string, unknown> = {}) {
  return contractFixture(zHardwareView, {
    id: '0b6f3c2a-0000-4000-8000-000000000001',
    name: 'Edge switch 7',
    model: 'Cisco C9300',
    serialNumber: 'FCW2231L0AB',
    location: 'Rack B4, Frankfurt',
    status: 'IN_STOCK',
    ciName: 'edge-lb',
    ...overrides,
  });
}
