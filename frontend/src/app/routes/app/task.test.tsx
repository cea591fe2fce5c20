import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';

import { zGetChangesByKeyApprovalsResponse, zImpactView } from '@/api/generated/zod.gen';
import { aChange } from '@/features/changes/testing/fixtures';
import { aTask } from '@/features/tasks/testing/fixtures';
import { contractFixture } from '@/testing/contract-fixture';
import { jsonResponse, mockFetch } from '@/testing/mock-fetch';
import { TestProviders } from '@/testing/test-utils';

import { routes } from '../../router';

const ID = '5b9d6c1e-0000-4000-8000-000000000001';
const cal = { username: 'cab1', displayName: 'Cal Board', roles: ['CAB_MEMBER'] };

/** Voters and reviewers see what the change's CIs reach (orders-db: the Web shop). */
const ordersDbImpact = {
  'GET /api/impact?ci=CI-00004': () => {
    const webShop = {
      key: 'CI-00001',
      name: 'Web shop',
      type: 'BUSINESS_SERVICE',
      environment: 'prod',
      criticality: 'CRITICAL',
      ownerGroup: 'e-commerce',
      depth: 2,
      path: ['CI-00004', 'CI-00003', 'CI-00001'],
      users: 'All online customers',
    };
    return jsonResponse(
      contractFixture(zImpactView, {
        starts: ['CI-00004'],
        impacted: [webShop],
        relations: [],
        businessServices: [webShop],
      }),
    );
  },
};

describe('task page', () => {
  it('shows the change beside the vote and returns to the inbox with a message once voted', async () => {
    document.cookie = 'XSRF-TOKEN=t';
    let completed = false;
    mockFetch({
      ...ordersDbImpact,
      'GET /api/me': () => jsonResponse(cal),
      'GET /api/tasks/count': () =>
        jsonResponse({ mine: completed ? 0 : 1, groups: 0, overdue: 0 }),
      'GET /api/notifications/unread-count': () => jsonResponse({ count: 0 }),
      [`GET /api/tasks/${ID}`]: () =>
        jsonResponse(aTask({ state: completed ? 'COMPLETED' : 'OPEN' })),
      'GET /api/changes/CHG-000042': () =>
        jsonResponse(
          aChange({ state: 'AWAITING_CAB', description: 'Minor version upgrade of PostgreSQL.' }),
        ),
      [`POST /api/tasks/${ID}/complete`]: () => {
        completed = true;
        return jsonResponse(aTask({ state: 'COMPLETED', completedBy: 'cab1', outcome: 'approve' }));
      },
      'GET /api/tasks?scope=todo&state=OPEN': () => jsonResponse([]),
    });
    const router = createMemoryRouter(routes, { initialEntries: [`/inbox/${ID}`] });
    const user = userEvent.setup();
    render(
      <TestProviders>
        <RouterProvider router={router} />
      </TestProviders>,
    );

    expect(await screen.findByText('Minor version upgrade of PostgreSQL.')).toBeInTheDocument();
    const services = await screen.findByRole('group', { name: 'Impacted services' });
    expect(within(services).getByRole('link', { name: 'Web shop' })).toBeInTheDocument();
    expect(within(services).getByText('Users: All online customers')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open CHG-000042' })).toHaveAttribute(
      'href',
      '/changes/CHG-000042',
    );

    await user.click(screen.getByRole('radio', { name: 'Approve' }));
    await user.click(screen.getByRole('button', { name: 'Complete task' }));

    expect(await screen.findByText('Completed “CAB vote” on CHG-000042.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/inbox');
  });

  it('shows plans and votes so far beside a CAB vote, and offers to give it back', async () => {
    mockFetch({
      ...ordersDbImpact,
      'GET /api/me': () => jsonResponse(cal),
      'GET /api/tasks/count': () => jsonResponse({ mine: 1, groups: 0, overdue: 0 }),
      'GET /api/notifications/unread-count': () => jsonResponse({ count: 0 }),
      [`GET /api/tasks/${ID}`]: () => jsonResponse(aTask({ unclaimable: true })),
      'GET /api/changes/CHG-000042': () =>
        jsonResponse(aChange({ state: 'AWAITING_CAB', backoutPlan: 'Restore last night’s dump.' })),
      'GET /api/changes/CHG-000042/approvals': () =>
        jsonResponse(
          contractFixture(zGetChangesByKeyApprovalsResponse, [
            {
              approver: 'cab2',
              kind: 'CAB_VOTE',
              state: 'COMPLETED',
              roles: ['CAB_MEMBER'],
              decision: 'reject',
              comment: 'No backout test',
              at: '2026-03-02T11:00:00Z',
            },
          ]),
        ),
    });
    const user = userEvent.setup();
    render(
      <TestProviders>
        <RouterProvider router={createMemoryRouter(routes, { initialEntries: [`/inbox/${ID}`] })} />
      </TestProviders>,
    );

    await user.click(await screen.findByRole('tab', { name: 'Plans' }));
    expect(screen.getByText('Restore last night’s dump.')).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Votes so far' }));
    expect(await screen.findByText('No backout test')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Give back “CAB vote” on CHG-000042' }),
    ).toBeInTheDocument();
  });

  it('tells the change manager beside a PIR which release backed the change out, at which wave and why', async () => {
    const morgan = {
      username: 'manager',
      displayName: 'Morgan Manager',
      roles: ['CHANGE_MANAGER'],
    };
    mockFetch({
      ...ordersDbImpact,
      'GET /api/me': () => jsonResponse(morgan),
      'GET /api/tasks/count': () => jsonResponse({ mine: 0, groups: 1, overdue: 0 }),
      'GET /api/notifications/unread-count': () => jsonResponse({ count: 0 }),
      [`GET /api/tasks/${ID}`]: () =>
        jsonResponse(
          aTask({
            kind: 'PIR',
            title: 'Post-implementation review',
            elementId: 'post_implementation_review',
            candidateGroups: ['CHANGE_MANAGER'],
          }),
        ),
      'GET /api/changes/CHG-000042': () =>
        jsonResponse(
          aChange({
            state: 'IN_PIR',
            releases: [
              {
                key: 'REL-2026.11-4',
                name: 'Checkout pool settings',
                state: 'BACKED_OUT',
                endedAt: '2026-11-28T21:12:00Z',
                backout: {
                  wave: 'staging',
                  reason: 'Verification failed: error rate 4.2% above the 1.0% budget',
                  summary:
                    'Backed out at wave staging: verification failed: error rate 4.2% above the 1.0% budget',
                },
              },
            ],
          }),
        ),
    });
    render(
      <TestProviders>
        <RouterProvider router={createMemoryRouter(routes, { initialEntries: [`/inbox/${ID}`] })} />
      </TestProviders>,
    );

    const releases = await screen.findByRole('region', { name: 'Releases of this change' });
    expect(releases).toHaveTextContent('REL-2026.11-4');
    expect(releases).toHaveTextContent(
      'Backed out at wave staging: verification failed: error rate 4.2% above the 1.0% budget',
    );
    expect(screen.getByRole('link', { name: 'REL-2026.11-4' })).toHaveAttribute(
      'href',
      '/releases/REL-2026.11-4',
    );
    expect(screen.getByRole('button', { name: 'Close the review' })).toBeInTheDocument();
  });
});
