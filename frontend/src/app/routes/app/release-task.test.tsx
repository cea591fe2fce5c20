import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';

import { aRelease } from '@/features/releases/testing/fixtures';
import { aTask } from '@/features/tasks/testing/fixtures';
import { jsonResponse, mockFetch } from '@/testing/mock-fetch';
import { TestProviders } from '@/testing/test-utils';

import { routes } from '../../router';

const ID = '5b9d6c1e-0000-4000-8000-000000000007';
const REL = 'REL-2026.11-1';
const rita = { username: 'releng', displayName: 'Rita Release', roles: ['RELEASE_ENGINEER'] };

function releaseTask(overrides: Record<string, unknown>) {
  return aTask({
    id: ID,
    changeKey: REL,
    changeTitle: 'November shop release',
    assignee: null,
    candidateGroups: ['RELEASE_ENGINEER'],
    priority: null,
    ...overrides,
  });
}

function renderTaskPage() {
  const router = createMemoryRouter(routes, { initialEntries: [`/inbox/${ID}`] });
  render(
    <TestProviders>
      <RouterProvider router={router} />
    </TestProviders>,
  );
  return router;
}

const shell = {
  'GET /api/me': () => jsonResponse(rita),
  'GET /api/tasks/count': () => jsonResponse({ mine: 0, groups: 1, overdue: 0 }),
  'GET /api/notifications/unread-count': () => jsonResponse({ count: 0 }),
};

describe('release task page', () => {
  it('shows the release beside "Start rollout" and starts it, never loading a change', async () => {
    document.cookie = 'XSRF-TOKEN=t';
    const task = { kind: 'START_ROLLOUT', elementId: 'start_rollout', title: 'Start rollout' };
    const bodies: unknown[] = [];
    const fetchMock = mockFetch({
      ...shell,
      [`GET /api/tasks/${ID}`]: () => jsonResponse(releaseTask(task)),
      [`GET /api/releases/${REL}`]: () =>
        jsonResponse(
          aRelease({
            key: REL,
            state: 'READY_TO_ROLL_OUT',
            currentStepName: 'Start rollout',
            testResults: { passed: 41, failed: 0 },
            openTasks: [
              {
                id: ID,
                kind: 'START_ROLLOUT',
                title: 'Start rollout',
                candidateGroups: ['RELEASE_ENGINEER'],
              },
            ],
          }),
        ),
      [`POST /api/tasks/${ID}/complete`]: (init) => {
        bodies.push(JSON.parse(String(init.body)));
        return jsonResponse(releaseTask({ ...task, state: 'COMPLETED', outcome: 'start' }));
      },
      'GET /api/tasks?scope=todo&state=OPEN': () => jsonResponse([]),
    });
    const router = renderTaskPage();
    const user = userEvent.setup();

    expect(await screen.findByRole('link', { name: `Open ${REL}` })).toHaveAttribute(
      'href',
      `/releases/${REL}`,
    );
    expect(screen.getByRole('heading', { name: 'November shop release' })).toBeInTheDocument();
    expect(screen.getByText('1 registered')).toBeInTheDocument();
    expect(screen.getByText('Upgrade the orders database')).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Waves' }));
    expect(screen.getByRole('row', { name: 'Wave canary' })).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Tests' }));
    expect(screen.getByText('41 passed')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Start rollout' }));
    await user.click(screen.getByRole('button', { name: 'Complete task' }));

    expect(await screen.findByText(`Completed “Start rollout” on ${REL}.`)).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/inbox');
    expect(bodies).toEqual([{ decision: 'start' }]);
    const urls = fetchMock.mock.calls.map(([input]) => String(input));
    expect(urls.filter((url) => url.startsWith('/api/changes/'))).toEqual([]);
  });

  it('asks for a comment before rejecting a release, and sends nothing until then', async () => {
    const fetchMock = mockFetch({
      ...shell,
      [`GET /api/tasks/${ID}`]: () =>
        jsonResponse(
          releaseTask({
            kind: 'ACCEPT_RELEASE',
            elementId: 'accept_release',
            title: 'Accept release',
          }),
        ),
      [`GET /api/releases/${REL}`]: () =>
        jsonResponse(
          aRelease({
            key: REL,
            state: 'AWAITING_ACCEPTANCE',
            openTasks: [
              {
                id: ID,
                kind: 'ACCEPT_RELEASE',
                title: 'Accept release',
                candidateGroups: ['RELEASE_ENGINEER'],
              },
            ],
          }),
        ),
    });
    renderTaskPage();
    const user = userEvent.setup();

    await user.click(await screen.findByRole('radio', { name: 'Reject' }));
    expect(screen.getByRole('radio', { name: 'Accept' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Complete task' }));

    expect(await screen.findByText('A comment is required to reject')).toBeInTheDocument();
    const methods = fetchMock.mock.calls.map(([, init]) => init?.method ?? 'GET');
    expect(methods).not.toContain('POST');
  });

  it('says so when the release cannot be loaded, and still offers the decision', async () => {
    mockFetch({
      ...shell,
      [`GET /api/tasks/${ID}`]: () =>
        jsonResponse(releaseTask({ kind: 'GO_NO_GO', elementId: 'go_no_go', title: 'Go / no-go' })),
      [`GET /api/releases/${REL}`]: () =>
        jsonResponse(
          { status: 404, title: 'Not Found', detail: `No release ${REL}` },
          { status: 404, contentType: 'application/problem+json' },
        ),
    });
    renderTaskPage();

    expect(await screen.findByText(`Could not load ${REL}`)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'No go' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '← Back to the inbox' })).toHaveAttribute(
      'href',
      '/inbox',
    );
  });
});
