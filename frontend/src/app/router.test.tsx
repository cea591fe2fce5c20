import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';

import { jsonResponse, mockFetch, problemResponse, TestProviders } from '@/testing/test-utils';

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
    mockFetch({ 'GET /api/me': () => jsonResponse(carla) });

    const router = renderApp('/');

    expect(await screen.findByRole('heading', { name: 'Hello, Carla Manager' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/inbox');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Inbox',
      'Changes',
      'CAB agenda',
      'Releases',
      'CMDB',
    ]);
  });

  it('shows a skeleton in the inbox while the user is loading', async () => {
    mockFetch({ 'GET /api/me': () => new Promise<Response>(() => {}) });

    renderApp('/inbox');

    expect(await screen.findByLabelText('Loading your inbox')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Log out' })).toBeInTheDocument();
  });

  it('keeps users out of pages their roles do not reach', async () => {
    mockFetch({ 'GET /api/me': () => jsonResponse(carla) });

    renderApp('/admin');

    expect(await screen.findByText('Not available to you')).toBeInTheDocument();
  });

  it('logs out and returns to the login page', async () => {
    document.cookie = 'XSRF-TOKEN=t';
    mockFetch({
      'GET /api/me': () => jsonResponse(carla),
      'POST /api/auth/logout': () => new Response(null, { status: 204 }),
    });
    const user = userEvent.setup();
    const router = renderApp('/inbox');

    await user.click(await screen.findByRole('button', { name: 'Log out' }));

    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
  });
});
