import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';

import { aChange } from '@/features/changes/testing/fixtures';
import { jsonResponse, mockFetch } from '@/testing/mock-fetch';
import { TestProviders } from '@/testing/test-utils';

import { routes } from '../../../router';

function openEditPage(user: { username: string; roles: string[] }, change: object) {
  mockFetch({
    'GET /api/me': () => jsonResponse({ ...user, displayName: user.username }),
    'GET /api/tasks/count': () => jsonResponse({ mine: 1, groups: 0, overdue: 0 }),
    'GET /api/notifications/unread-count': () => jsonResponse({ count: 0 }),
    'GET /api/changes/CHG-000042': () => jsonResponse(change),
    'GET /api/change-models': () => jsonResponse([]),
    'GET /api/cis?limit=20': () => jsonResponse({ items: [], next: null }),
    // The form shows what the change's CIs reach.
    'GET /api/impact?ci=CI-00004': () =>
      jsonResponse({ starts: ['CI-00004'], impacted: [], relations: [], businessServices: [] }),
  });
  const router = createMemoryRouter(routes, { initialEntries: ['/changes/CHG-000042/edit'] });
  render(
    <TestProviders>
      <RouterProvider router={router} />
    </TestProviders>,
  );
}

const infoRequested = aChange({
  state: 'INFO_REQUESTED',
  history: [
    {
      at: '2026-03-02T10:00:00Z',
      elementId: 'review_rfc',
      stepName: 'Review RFC',
      state: 'INFO_REQUESTED',
      actor: 'carla',
      detail: 'Which maintenance window did the DBA team agree to?',
    },
  ],
});

describe('edit RFC page', () => {
  it("shows the change manager's question and offers to resubmit", async () => {
    openEditPage({ username: 'ann', roles: ['REQUESTER'] }, infoRequested);

    expect(
      await screen.findByText('Which maintenance window did the DBA team agree to?'),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue(
      'Upgrade the orders database',
    );
    expect(screen.getByRole('button', { name: 'Resubmit' })).toBeInTheDocument();
  });

  it('refuses users other than the requester', async () => {
    openEditPage({ username: 'carla', roles: ['CHANGE_MANAGER'] }, infoRequested);

    expect(await screen.findByText('This RFC cannot be edited')).toBeInTheDocument();
  });
});
