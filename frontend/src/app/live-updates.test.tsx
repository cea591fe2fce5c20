import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { changeQueryKey } from '@/features/changes/api/get-change';
import { aChange } from '@/features/changes/testing/fixtures';
import { aTask } from '@/features/tasks/testing/fixtures';
import { FakeEventSource } from '@/testing/fake-event-source';
import { jsonResponse, mockFetch } from '@/testing/mock-fetch';
import { TestProviders } from '@/testing/test-utils';

import { applyLiveEvent, changeDetailKey } from './live-updates';
import { routes } from './router';

const ID = '5b9d6c1e-0000-4000-8000-000000000001';

function invalidated(run: (client: QueryClient) => void): unknown[] {
  const client = new QueryClient();
  const spy = vi.spyOn(client, 'invalidateQueries');
  run(client);
  return spy.mock.calls.map(([filters]) => filters?.queryKey);
}

describe('applyLiveEvent', () => {
  it('refreshes the task, its lists and counts, its change and the agenda on a task event', () => {
    expect(
      invalidated((client) =>
        applyLiveEvent(client, 'task', { id: 't1', changeKey: 'CHG-1', state: 'OPEN' }),
      ),
    ).toEqual([
      ['tasks', 'detail', 't1'],
      ['tasks', 'list'],
      ['tasks', 'count'],
      ['changes', 'detail', 'CHG-1'],
      ['cab'],
    ]);
  });

  it('refreshes the change and the lists on a change event, releases on a release event', () => {
    expect(
      invalidated((client) =>
        applyLiveEvent(client, 'change', { key: 'CHG-1', state: 'SCHEDULED' }),
      ),
    ).toEqual([['changes', 'detail', 'CHG-1'], ['changes', 'list'], ['cab']]);
    expect(invalidated((client) => applyLiveEvent(client, 'release', { key: 'REL-1' }))).toEqual([
      ['releases'],
    ]);
  });

  it("uses the changes feature's query key", () => {
    expect(changeDetailKey('CHG-1')).toEqual(changeQueryKey('CHG-1'));
  });

  it('marks a cached task completed at once and ignores malformed events', () => {
    const client = new QueryClient();
    client.setQueryData(['tasks', 'detail', ID], aTask({ id: ID }));

    applyLiveEvent(client, 'task', { nonsense: true });
    applyLiveEvent(client, 'task', { id: ID, state: 'COMPLETED', completedBy: 'cab2' });

    expect(client.getQueryData(['tasks', 'detail', ID])).toMatchObject({
      state: 'COMPLETED',
      completedBy: 'cab2',
    });
  });
});

describe('live updates on the task page', () => {
  beforeEach(() => {
    FakeEventSource.instances = [];
    vi.stubGlobal('EventSource', FakeEventSource);
  });
  afterEach(() => {
    FakeEventSource.instances = [];
  });

  it('greys out a vote that someone else completes meanwhile', async () => {
    let completedBy: string | null = null;
    mockFetch({
      'GET /api/me': () =>
        jsonResponse({ username: 'cab1', displayName: 'Cal Board', roles: ['CAB_MEMBER'] }),
      'GET /api/tasks/count': () => jsonResponse({ mine: 1, groups: 0, overdue: 0 }),
      'GET /api/notifications/unread-count': () => jsonResponse({ count: 0 }),
      [`GET /api/tasks/${ID}`]: () =>
        jsonResponse(
          aTask(completedBy ? { state: 'COMPLETED', completedBy, outcome: 'approve' } : {}),
        ),
      'GET /api/changes/CHG-000042': () => jsonResponse(aChange({ state: 'AWAITING_CAB' })),
      // The task page shows what the change's CIs reach; nothing here.
      'GET /api/impact?ci=CI-00004': () =>
        jsonResponse({
          starts: ['CI-00004'],
          impacted: [],
          relations: [],
          businessServices: [],
        }),
    });
    const user = userEvent.setup();
    render(
      <TestProviders>
        <RouterProvider router={createMemoryRouter(routes, { initialEntries: [`/inbox/${ID}`] })} />
      </TestProviders>,
    );
    await user.click(await screen.findByRole('radio', { name: 'Approve' }));
    expect(FakeEventSource.latest().url).toBe('/api/events');

    completedBy = 'ecab';
    FakeEventSource.latest().emit('task', {
      id: ID,
      changeKey: 'CHG-000042',
      kind: 'CAB_VOTE',
      state: 'COMPLETED',
      assignee: 'cab1',
      completedBy: 'ecab',
      version: 3,
    });

    const notice = await screen.findByRole('status');
    expect(within(notice).getByText(/already completed by ecab/i)).toBeInTheDocument();
    expect(screen.getByTestId('task-form')).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('radio', { name: 'Approve' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Complete task' })).toBeDisabled();
  });
});
