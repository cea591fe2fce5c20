// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { ageOf, dueLabel, isOverdue, shortDuration } from './inbox-order';

const now = Date.parse('2026-03-10T12:00:00Z');

describe('overdue and age', () => {
  it('calls an open task overdue once its due date has passed', () => {
    expect(isOverdue({ dueAt: '2026-03-10T11:59:00Z', state: 'OPEN' }, now)).toBe(true);
    expect(isOverdue({ dueAt: '2026-03-10T12:01:00Z', state: 'OPEN' }, now)).toBe(false);
    expect(isOverdue({ dueAt: null, state: 'OPEN' }, now)).toBe(false);
    expect(isOverdue({ dueAt: '2026-03-01T00:00:00Z', state: 'COMPLETED' }, now)).toBe(false);
  });

  it('says how long ago and how soon, in short units', () => {
    expect(shortDuration(30_000)).toBe('now');
    expect(shortDuration(45 * 60_000)).toBe('45m');
    expect(shortDuration(5 * 3_600_000 + 59 * 60_000)).toBe('5h');
    expect(ageOf({ createdAt: '2026-03-07T11:00:00Z' }, now)).toBe('3d');
    expect(dueLabel({ dueAt: '2026-03-10T17:00:00Z', state: 'OPEN' }, now)).toBe('in 5h');
    expect(dueLabel({ dueAt: '2026-03-08T12:00:00Z', state: 'OPEN' }, now)).toBe('2d overdue');
    expect(dueLabel({ dueAt: null, state: 'OPEN' }, now)).toBe('—');
  });
});
