import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { zNotificationView } from '@/api/generated/zod.gen';
import { contractFixture } from '@/testing/contract-fixture';
import { jsonResponse, mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';

import { NotificationsBell } from './notifications-bell';
import { internalLink } from './notification-list';

const notification = (id: number, overrides: Record<string, unknown> = {}) =>
  contractFixture(zNotificationView, {
    id,
    kind: 'CAB_VOTE_REQUESTED',
    subject: `Vote on CHG-00000${id}`,
    body: 'Your vote is needed',
    link: `/changes/CHG-00000${id}`,
    changeKey: `CHG-00000${id}`,
    createdAt: '2026-03-10T10:00:00Z',
    read: false,
    ...overrides,
  });

describe('NotificationsBell', () => {
  it('shows the unread count and lists the latest notifications with links', async () => {
    mockFetch({
      'GET /api/notifications/unread-count': () => jsonResponse({ count: 2 }),
      'GET /api/notifications?limit=10': () =>
        jsonResponse({
          items: [notification(1), notification(2, { read: true, link: 'https://evil.example' })],
          next: null,
        }),
    });
    const user = userEvent.setup();
    renderWithProviders(<NotificationsBell />);

    await user.click(await screen.findByRole('button', { name: 'Notifications, 2 unread' }));

    expect(await screen.findByRole('link', { name: /Vote on CHG-000001/ })).toHaveAttribute(
      'href',
      '/changes/CHG-000001',
    );
    expect(screen.getByText('Vote on CHG-000002')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Vote on CHG-000002/ })).not.toBeInTheDocument();
  });

  it('marks one as read when it is opened, and all of them on request', async () => {
    document.cookie = 'XSRF-TOKEN=t';
    let unread = 1;
    const fetchMock = mockFetch({
      'GET /api/notifications/unread-count': () => jsonResponse({ count: unread }),
      'GET /api/notifications?limit=10': () =>
        jsonResponse({ items: [notification(1)], next: null }),
      'POST /api/notifications/1/read': () => new Response(null, { status: 204 }),
      'POST /api/notifications/read-all': () => {
        unread = 0;
        return new Response(null, { status: 204 });
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<NotificationsBell />);

    await user.click(await screen.findByRole('button', { name: 'Notifications, 1 unread' }));
    await user.click(await screen.findByRole('button', { name: 'Mark all read' }));

    expect(await screen.findByRole('button', { name: 'Notifications' })).toBeInTheDocument();
    expect(fetchMock.mock.calls.some(([url]) => url === '/api/notifications/read-all')).toBe(true);

    await user.click(await screen.findByRole('link', { name: /Vote on CHG-000001/ }));
    await vi.waitFor(() =>
      expect(fetchMock.mock.calls.some(([url]) => url === '/api/notifications/1/read')).toBe(true),
    );
  });

  it('polls the unread count every 30 seconds', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let count = 0;
    mockFetch({ 'GET /api/notifications/unread-count': () => jsonResponse({ count: ++count }) });
    renderWithProviders(<NotificationsBell />);
    expect(
      await screen.findByRole('button', { name: 'Notifications, 1 unread' }),
    ).toBeInTheDocument();

    await vi.advanceTimersByTimeAsync(30_000);

    expect(
      await screen.findByRole('button', { name: 'Notifications, 2 unread' }),
    ).toBeInTheDocument();
    vi.useRealTimers();
  });
});

describe('internalLink', () => {
  it('keeps links inside the app only', () => {
    expect(internalLink('/changes/CHG-000001')).toBe('/changes/CHG-000001');
    expect(internalLink('//evil.example/x')).toBeUndefined();
    expect(internalLink('https://evil.example')).toBeUndefined();
    expect(internalLink(null)).toBeUndefined();
  });
});
