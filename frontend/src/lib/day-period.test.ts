// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { dayOrEmpty, endOfDay, startOfDay } from './day-period';

describe('day periods', () => {
  it('keep only real days from the URL', () => {
    expect(dayOrEmpty('2026-11-02')).toBe('2026-11-02');
    expect(dayOrEmpty('2026-13-45')).toBe('');
    expect(dayOrEmpty('yesterday')).toBe('');
    expect(dayOrEmpty(null)).toBe('');
  });

  it('include the whole last day, across month ends', () => {
    expect(startOfDay('2026-11-02')).toBe('2026-11-02T00:00:00Z');
    expect(endOfDay('2026-11-30')).toBe('2026-12-01T00:00:00Z');
  });
});
