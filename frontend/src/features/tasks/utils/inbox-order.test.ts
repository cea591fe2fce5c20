// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { ageOf, dueLabel, isOverdue, shortDuration, sortTasks } from './inbox-order';

const now = Date.parse('2026-03-10T12:00:00Z');

const task = (
  id: string,
  dueAt: string | null,
  priority: string | null,
  createdAt = '2026-03-01T00:00:00Z',
) => ({
  id,
  dueAt,
  priority,
  createdAt,
  state: 'OPEN',
});

describe('sortTasks', () => {
  it('puts the earliest due first and tasks without a due date last', () => {
    const sorted = sortTasks([
      task('none', null, 'P1'),
      task('later', '2026-03-12T09:00:00Z', 'P5'),
      task('sooner', '2026-03-11T09:00:00Z', 'P5'),
      task('overdue', '2026-03-09T09:00:00Z', null),
    ]);
    expect(sorted.map((t) => t.id)).toEqual(['overdue', 'sooner', 'later', 'none']);
  });

  it('breaks ties on due date by priority, then by age', () => {
    const due = '2026-03-11T09:00:00Z';
    const sorted = sortTasks([
      task('p3', due, 'P3'),
      task('no-priority', due, null),
      task('p1-newer', due, 'P1', '2026-03-05T00:00:00Z'),
      task('p1-older', due, 'P1', '2026-03-02T00:00:00Z'),
    ]);
    expect(sorted.map((t) => t.id)).toEqual(['p1-older', 'p1-newer', 'p3', 'no-priority']);
  });

  it('orders tasks without a due date by priority too, and leaves its input alone', () => {
    const input = [task('p4', null, 'P4'), task('p2', null, 'P2')];
    expect(sortTasks(input).map((t) => t.id)).toEqual(['p2', 'p4']);
    expect(input.map((t) => t.id)).toEqual(['p4', 'p2']);
  });
});

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
