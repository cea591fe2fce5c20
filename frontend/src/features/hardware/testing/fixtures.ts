// API-shaped hardware items for tests: what GET /api/hardware sends.

export function aHardwareItem(overrides: Record<string, unknown> = {}) {
  return {
    id: 'hw-1',
    name: 'Edge switch 7',
    model: 'Cisco C9300',
    serialNumber: 'FCW2231L0AB',
    location: 'Rack B4, Frankfurt',
    status: 'IN_STOCK',
    ciName: 'edge-lb',
    notes: null,
    ...overrides,
  };
}
