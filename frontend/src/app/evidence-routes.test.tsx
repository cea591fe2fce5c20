import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';

import { aPage, anEvent } from '@/features/audit/events/testing/fixtures';
import { aChange } from '@/features/changes/testing/fixtures';
import { anEvidence } from '@/features/evidence/testing/fixtures';
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

const avery = { username: 'auditor', displayName: 'Avery Auditor', roles: ['AUDITOR'] };
const ann = { username: 'ann', displayName: 'Ann Requester', roles: ['REQUESTER'] };

function signedIn(user: object, more: Parameters<typeof mockFetch>[0] = {}) {
  return mockFetch({
    'GET /api/me': () => jsonResponse(user),
    'GET /api/tasks/count': () => jsonResponse({ mine: 0, groups: 0, overdue: 0 }),
    'GET /api/notifications/unread-count': () => jsonResponse({ count: 0 }),
    ...more,
  });
}

describe('evidence routes', () => {
  it('offers auditors the evidence of a change from its page, and no write button', async () => {
    signedIn(avery, {
      'GET /api/changes/CHG-000042': () => jsonResponse(aChange({ state: 'IN_REVIEW' })),
      'GET /api/incidents?state=OPEN&businessKey=CHG-000042': () => jsonResponse([]),
    });

    renderApp('/changes/CHG-000042');

    expect(await screen.findByRole('link', { name: 'Evidence' })).toHaveAttribute(
      'href',
      '/changes/CHG-000042/evidence',
    );
    expect(screen.queryByRole('button', { name: /Edit|Submit|Withdraw/ })).not.toBeInTheDocument();
  });

  it('does not offer requesters the evidence', async () => {
    signedIn(ann, {
      'GET /api/changes/CHG-000042': () => jsonResponse(aChange({ state: 'IN_REVIEW' })),
      'GET /api/incidents?state=OPEN&businessKey=CHG-000042': () => jsonResponse([]),
    });

    renderApp('/changes/CHG-000042');

    expect(
      await screen.findByRole('heading', { name: 'Upgrade the orders database' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Evidence' })).not.toBeInTheDocument();
  });

  it('opens the evidence view of a change by its key', async () => {
    signedIn(avery, {
      'GET /api/changes/CHG-000042/evidence': () => jsonResponse(anEvidence()),
    });

    renderApp('/changes/CHG-000042/evidence');

    expect(
      await screen.findByRole('heading', { name: 'Upgrade the orders database' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '← CHG-000042' })).toHaveAttribute(
      'href',
      '/changes/CHG-000042',
    );
    expect(screen.getByRole('region', { name: 'Approvals' })).toHaveTextContent('Casey Cab');
  });

  it('opens the audit event search for auditors', async () => {
    signedIn(avery, {
      'GET /api/audit/events?actor=cab1&limit=50': () => jsonResponse(aPage([anEvent(3)])),
    });

    renderApp('/audit/events?actor=cab1');

    const table = await screen.findByRole('table', { name: 'Audit events' });
    expect(within(table).getByText('VoteCast')).toBeInTheDocument();
  });
});
