// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { markersFor } from './markers';

describe('markersFor', () => {
  it('marks current, failed and visited elements, one marker each', () => {
    expect(
      markersFor({
        current: ['cab_vote'],
        visited: ['rfc_submitted', 'review_rfc', 'cab_vote', 'build'],
        failed: ['build', 'cab_vote'],
      }),
    ).toEqual([
      { id: 'cab_vote', marker: 'cf-current' },
      { id: 'build', marker: 'cf-failed' },
      { id: 'rfc_submitted', marker: 'cf-visited' },
      { id: 'review_rfc', marker: 'cf-visited' },
    ]);
  });

  it('draws the path through flows between reached elements only', () => {
    const flows = [
      { id: 'f1', source: 'start', target: 'review' },
      { id: 'f2', source: 'review', target: 'vote' },
      { id: 'f3', source: 'vote', target: 'schedule' },
      { id: 'f4', source: 'review', target: 'rejected' },
    ];
    const marks = { current: ['vote'], visited: ['start', 'review'], failed: [] };
    const marked = markersFor(marks, flows);
    expect(marked.filter((m) => m.id.startsWith('f'))).toEqual([
      { id: 'f1', marker: 'cf-visited' },
      { id: 'f2', marker: 'cf-visited' },
    ]);
  });

  it('marks nothing for an instance that has not started', () => {
    expect(markersFor({ current: [], visited: [], failed: [] }, [])).toEqual([]);
  });
});
