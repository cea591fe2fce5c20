import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { jsonResponse, mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';

import { aTask } from '../testing/fixtures';

import { TaskInbox } from './task-inbox';

describe('TaskInbox', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-03-10T12:00:00Z') });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('lists my open tasks, most pressing first, with overdue ones in red', async () => {
    mockFetch({
      'GET /api/tasks/count': () => jsonResponse({ mine: 3, groups: 12 }),
      'GET /api/tasks?scope=mine&state=OPEN': () =>
        jsonResponse([
          aTask({ id: 'a', title: 'Review RFC', kind: 'REVIEW_RFC', dueAt: null, priority: 'P1' }),
          aTask({ id: 'b', title: 'CAB vote', dueAt: '2026-03-11T12:00:00Z', priority: 'P4' }),
          aTask({
            id: 'c',
            title: 'PIR',
            kind: 'PIR',
            dueAt: '2026-03-08T12:00:00Z',
            priority: 'P5',
            createdAt: '2026-03-07T12:00:00Z',
          }),
        ]),
    });

    renderWithProviders(<TaskInbox />, { route: '/inbox' });

    const links = await screen.findAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['PIR', 'CAB vote', 'Review RFC']);
    expect(links[0]).toHaveAttribute('href', '/inbox/c');
    const overdue = within(links[0]!.closest('tr')!).getByText('2d overdue');
    expect(overdue).toHaveAttribute('data-overdue', 'true');
    expect(within(links[1]!.closest('tr')!).getByText('in 1d')).not.toHaveAttribute('data-overdue');
    expect(within(links[0]!.closest('tr')!).getByText('3d')).toBeInTheDocument();
    expect(await screen.findByRole('tab', { name: /Mine\s*3/ })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: /My groups\s*12/ })).toBeInTheDocument();
  });

  it("switches to the groups' tasks", async () => {
    mockFetch({
      'GET /api/tasks/count': () => jsonResponse({ mine: 0, groups: 1 }),
      'GET /api/tasks?scope=mine&state=OPEN': () => jsonResponse([]),
      'GET /api/tasks?scope=groups&state=OPEN': () =>
        jsonResponse([aTask({ title: 'ECAB approval', assignee: null })]),
    });
    const user = userEvent.setup();
    renderWithProviders(<TaskInbox />, { route: '/inbox' });
    expect(await screen.findByText('Nothing waits for you')).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: /My groups/ }));

    expect(await screen.findByRole('link', { name: 'ECAB approval' })).toBeInTheDocument();
  });
});
