import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';

import { aSummary } from '@/features/changes/testing/fixtures';
import { aKpiReport } from '@/features/reports/testing/fixtures';
import { lastTwelveMonths } from '@/features/reports/utils/month-range';
import { aTask } from '@/features/tasks/testing/fixtures';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/mock-fetch';
import { TestProviders } from '@/testing/test-utils';

import { routes } from './router';

function renderApp(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <TestProviders>
      <RouterProvider router={router} />
    </TestProviders>,
  );
  return router;
}

const carla = { username: 'carla', displayName: 'Carla Manager', roles: ['CHANGE_MANAGER'] };

type Routes = Parameters<typeof mockFetch>[0];

/** What every page of a signed-in user asks for: the user, the inbox count and the bell. */
function signedIn(
  user: object,
  more: Routes = {},
  count: object = { mine: 0, groups: 0, overdue: 0 },
) {
  return mockFetch({
    'GET /api/me': () => jsonResponse(user),
    'GET /api/tasks/count': () => jsonResponse(count),
    'GET /api/notifications/unread-count': () => jsonResponse({ count: 0 }),
    ...more,
  });
}

const noTasks = { 'GET /api/tasks?scope=todo&state=OPEN': () => jsonResponse([]) };

describe('app routes', () => {
  it('sends visitors who are not signed in to the login page', async () => {
    mockFetch({
      'GET /api/me': () => problemResponse({ status: 401, title: 'Unauthorized' }),
    });

    const router = renderApp('/changes');

    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe('?redirectTo=%2Fchanges');
  });

  it('opens the inbox from / and shows the navigation for the user roles', async () => {
    signedIn(carla, noTasks);

    const router = renderApp('/');

    expect(
      await screen.findByRole('heading', { name: 'Hello, Carla Manager' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/inbox');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Inbox',
      'Changes',
      'CAB agenda',
      'Releases',
      'Calendar',
      'CMDB',
      'Unauthorized changes',
      'Reports',
    ]);
    expect(await screen.findByText('Nothing waits for you')).toBeInTheDocument();
  });

  it('counts open and overdue tasks of the user and their groups on the inbox item', async () => {
    signedIn(
      carla,
      {
        'GET /api/tasks?scope=todo&state=OPEN': () => jsonResponse([aTask(), aTask({ id: 't2' })]),
      },
      { mine: 2, groups: 3, overdue: 1 },
    );

    renderApp('/inbox');

    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(
      await within(nav).findByRole('link', { name: 'Inbox 5 open 1 overdue' }),
    ).toBeInTheDocument();
  });

  it('shows a skeleton in the inbox while the user is loading', async () => {
    mockFetch({ 'GET /api/me': () => new Promise<Response>(() => {}) });

    renderApp('/inbox');

    expect(await screen.findByLabelText('Loading your inbox')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Log out' })).toBeInTheDocument();
  });

  it('loads the changes page on demand', async () => {
    signedIn(carla, {
      'GET /api/changes?limit=25': () =>
        jsonResponse({ items: [aSummary('CHG-000007')], next: null }),
    });

    renderApp('/changes');

    expect(await screen.findByRole('link', { name: 'CHG-000007' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'New RFC' })).toHaveAttribute('href', '/changes/new');
  });

  it('loads the CAB agenda on demand', async () => {
    signedIn(carla, { 'GET /api/cab/agenda': () => jsonResponse({ windows: [] }) });

    renderApp('/cab');

    expect(await screen.findByRole('heading', { name: 'CAB agenda' })).toBeInTheDocument();
    expect(await screen.findByText('Nothing on the agenda')).toBeInTheDocument();
  });

  it('loads the reports on demand for the last twelve months', async () => {
    const { from, to } = lastTwelveMonths();
    signedIn(carla, {
      [`GET /api/reports/kpis?from=${from}&to=${to}`]: () => jsonResponse(aKpiReport()),
    });

    renderApp('/reports');

    expect(await screen.findByRole('heading', { name: 'Reports' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'DORA metrics' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Reports' })).toHaveAttribute('href', '/reports');
  });

  it('keeps requesters out of the reports', async () => {
    const { from, to } = lastTwelveMonths();
    // The page may start loading while the user is still unknown; the server refuses it.
    signedIn(
      { username: 'rita', displayName: 'Rita Requester', roles: ['REQUESTER'] },
      {
        [`GET /api/reports/kpis?from=${from}&to=${to}`]: () =>
          problemResponse({ status: 403, title: 'Forbidden' }),
      },
    );

    renderApp('/reports');

    expect(await screen.findByText('Not available to you')).toBeInTheDocument();
  });

  it('keeps users out of pages their roles do not reach', async () => {
    signedIn(carla);

    renderApp('/admin');

    expect(await screen.findByText('Not available to you')).toBeInTheDocument();
  });

  it('logs out and returns to the login page', async () => {
    document.cookie = 'XSRF-TOKEN=t';
    signedIn(carla, {
      ...noTasks,
      'POST /api/auth/logout': () => new Response(null, { status: 204 }),
    });
    const user = userEvent.setup();
    const router = renderApp('/inbox');

    await user.click(await screen.findByRole('button', { name: 'Log out' }));

    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
  });
});
