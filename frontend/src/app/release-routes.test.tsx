import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';

import { aRelease, aReleasePage } from '@/features/releases/testing/fixtures';
import { aHardwareItem } from '@/features/hardware/testing/fixtures';
import { jsonResponse, mockFetch } from '@/testing/mock-fetch';
import { TestProviders } from '@/testing/test-utils';

import { routes } from './router';

vi.mock('@/components/process-diagram/bpmn-viewer', () => ({
  openDiagram: async () => ({
    mark: () => [],
    names: (ids: string[]) => ids,
    zoom() {},
    fit() {},
    destroy() {},
  }),
}));

function renderApp(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <TestProviders>
      <RouterProvider router={router} />
    </TestProviders>,
  );
  return router;
}

const rita = { username: 'rita', displayName: 'Rita Release', roles: ['RELEASE_ENGINEER'] };
const carla = { username: 'carla', displayName: 'Carla Manager', roles: ['CHANGE_MANAGER'] };

function signedIn(user: object, more: Parameters<typeof mockFetch>[0] = {}) {
  return mockFetch({
    'GET /api/me': () => jsonResponse(user),
    'GET /api/tasks/count': () => jsonResponse({ mine: 0, groups: 0, overdue: 0 }),
    'GET /api/notifications/unread-count': () => jsonResponse({ count: 0 }),
    ...more,
  });
}

describe('release routes', () => {
  it('lists releases and shows release engineers the hardware store in the navigation', async () => {
    signedIn(rita, {
      'GET /api/releases?limit=25': () => jsonResponse(aReleasePage(['REL-2026.11-3'])),
    });

    renderApp('/releases');

    expect(await screen.findByRole('link', { name: 'REL-2026.11-3' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Hardware' })).toHaveAttribute(
      'href',
      '/hardware',
    );
  });

  it('opens a release by its key, not as "new"', async () => {
    signedIn(carla, {
      'GET /api/releases/REL-2026.11-3': () => jsonResponse(aRelease({ state: 'PLAN_REVIEW' })),
      'GET /api/incidents?state=OPEN&businessKey=REL-2026.11-3': () => jsonResponse([]),
    });

    renderApp('/releases/REL-2026.11-3');

    expect(
      await screen.findByRole('heading', { name: 'November shop release' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Rollout plan review')).toBeInTheDocument();
  });

  it('offers the new-release form to release engineers only', async () => {
    signedIn(carla);
    renderApp('/releases/new');
    expect(
      await screen.findByText('Only release engineers put releases together.'),
    ).toBeInTheDocument();
  });

  it('opens the new-release form with the changes ready for release', async () => {
    signedIn(rita, { 'GET /api/releases/candidates': () => jsonResponse([]) });
    renderApp('/releases/new');
    expect(await screen.findByRole('heading', { name: 'New release' })).toBeInTheDocument();
    expect(await screen.findByText(/No change is ready for release/)).toBeInTheDocument();
  });

  it('shows the hardware store', async () => {
    signedIn(rita, { 'GET /api/hardware': () => jsonResponse([aHardwareItem()]) });
    renderApp('/hardware');
    expect(await screen.findByText('Edge switch 7')).toBeInTheDocument();
  });

  it('keeps change managers out of the hardware store', async () => {
    signedIn(carla);
    renderApp('/hardware');
    expect(await screen.findByText('Not available to you')).toBeInTheDocument();
  });
});
