// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { itilPriority } from './priority';

describe('itilPriority', () => {
  it.each([
    [1, 1, 'P1'],
    [1, 2, 'P2'],
    [2, 1, 'P2'],
    [2, 2, 'P3'],
    [1, 3, 'P3'],
    [3, 2, 'P4'],
    [3, 3, 'P5'],
  ])('gives impact %i and urgency %i priority %s', (impact, urgency, expected) => {
    expect(itilPriority(impact, urgency)).toBe(expected);
  });

  it('is undefined until both impact and urgency are valid levels', () => {
    expect(itilPriority(null, 2)).toBeUndefined();
    expect(itilPriority(2, undefined)).toBeUndefined();
    expect(itilPriority(0, 1)).toBeUndefined();
    expect(itilPriority(9, 1)).toBeUndefined();
    expect(itilPriority(1.5, 1)).toBeUndefined();
  });
});
