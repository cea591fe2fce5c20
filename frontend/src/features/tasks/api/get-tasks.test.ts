import { describe, expect, it } from 'vitest';

import { aTask } from '../testing/fixtures';

import { nextOffset } from './get-tasks';

const page = (size: number, total: number) => ({
  tasks: Array.from({ length: size }, (_, i) =>
    aTask({ id: `5b9d6c1e-0000-4000-8000-${String(i).padStart(12, '0')}` }),
  ),
  total,
});

describe('nextOffset', () => {
  it('starts the next page after the tasks loaded so far', () => {
    expect(nextOffset([page(100, 250)])).toBe(100);
    expect(nextOffset([page(100, 250), page(100, 250)])).toBe(200);
  });

  it('stops when every task is there, or when a page came back empty', () => {
    expect(nextOffset([page(100, 250), page(100, 250), page(50, 250)])).toBeUndefined();
    expect(nextOffset([page(3, 3)])).toBeUndefined();
    // Tasks were completed meanwhile: the total shrank below what was loaded.
    expect(nextOffset([page(100, 250), page(0, 90)])).toBeUndefined();
  });
});
