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

  it('marks the whole path taken: gateways, decisions, boundary events and their flows', () => {
    // submitted → filter → classify (decision) → route? → review → approval? → ecab ⏱→ escalated
    const nodes = [
      { id: 'submitted', type: 'bpmn:StartEvent' },
      { id: 'filter', type: 'bpmn:ServiceTask' },
      { id: 'classify', type: 'bpmn:BusinessRuleTask' },
      { id: 'route', type: 'bpmn:ExclusiveGateway' },
      { id: 'review', type: 'bpmn:UserTask' },
      { id: 'approval', type: 'bpmn:ExclusiveGateway' },
      { id: 'cab', type: 'bpmn:UserTask' },
      { id: 'ecab', type: 'bpmn:UserTask' },
      { id: 'ecab_timeout', type: 'bpmn:BoundaryEvent', host: 'ecab' },
      { id: 'escalated', type: 'bpmn:UserTask' },
      { id: 'info', type: 'bpmn:UserTask' },
    ];
    const flows = [
      { id: 'f_submit', source: 'submitted', target: 'filter' },
      { id: 'f_classify', source: 'filter', target: 'classify' },
      { id: 'f_route', source: 'classify', target: 'route' },
      { id: 'f_review', source: 'route', target: 'review' },
      { id: 'f_approval', source: 'review', target: 'approval' },
      { id: 'f_cab', source: 'approval', target: 'cab' },
      { id: 'f_ecab', source: 'approval', target: 'ecab' },
      { id: 'f_escalated', source: 'ecab_timeout', target: 'escalated' },
      { id: 'f_info', source: 'review', target: 'info' },
      { id: 'f_back', source: 'info', target: 'filter' },
    ];
    const marks = { current: ['escalated'], visited: ['filter', 'review', 'ecab'], failed: [] };

    const visited = markersFor(marks, flows, nodes)
      .filter((m) => m.marker === 'cf-visited')
      .map((m) => m.id)
      .sort();

    expect(visited).toEqual(
      [
        'approval',
        'classify',
        'ecab',
        'ecab_timeout',
        'f_approval',
        'f_classify',
        'f_ecab',
        'f_escalated',
        'f_review',
        'f_route',
        'f_submit',
        'filter',
        'review',
        'route',
        'submitted',
      ].sort(),
    );
  });
});
