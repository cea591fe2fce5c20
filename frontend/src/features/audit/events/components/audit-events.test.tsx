import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { jsonResponse, mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';

import { aPage, anEvent, aVerification } from '../testing/fixtures';

import { AuditEvents } from './audit-events';

const people = () =>
  jsonResponse([{ username: 'cab1', displayName: 'Casey Cab', roles: ['CAB_MEMBER'] }]);

describe('AuditEvents', () => {
  it('lists the events newest first with who did what to which subject, and loads more', async () => {
    mockFetch({
      'GET /api/people': people,
      'GET /api/audit/events?limit=50': () =>
        jsonResponse(
          aPage(
            [
              anEvent(9),
              anEvent(8, {
                actor: 'system:release',
                actorKind: 'SYSTEM',
                action: 'WaveDeployed',
                subjectType: 'RELEASE',
                subjectKey: 'REL-2026.11-3',
                cis: [],
              }),
            ],
            '8',
          ),
        ),
      'GET /api/audit/events?limit=50&after=8': () =>
        jsonResponse(
          aPage([anEvent(7, { action: 'ChangeApproved', actor: 'system', actorKind: 'SYSTEM' })]),
        ),
    });
    renderWithProviders(<AuditEvents />, { route: '/audit/events' });

    const table = await screen.findByRole('table', { name: 'Audit events' });
    expect(
      within(table)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual([
      expect.stringContaining('Action'),
      expect.stringContaining('VoteCast'),
      expect.stringContaining('WaveDeployed'),
    ]);
    const vote = within(table).getByRole('row', { name: /VoteCast/ });
    expect(await within(vote).findByText('Casey Cab')).toBeInTheDocument();
    expect(within(vote).getByRole('link', { name: 'CHG-000042' })).toHaveAttribute(
      'href',
      '/changes/CHG-000042/evidence',
    );
    const wave = within(table).getByRole('row', { name: /WaveDeployed/ });
    expect(within(wave).getByText('system:release')).toBeInTheDocument();
    expect(within(wave).getByRole('link', { name: 'REL-2026.11-3' })).toHaveAttribute(
      'href',
      '/releases/REL-2026.11-3',
    );

    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));

    expect(await within(table).findByText('ChangeApproved')).toBeInTheDocument();
    expect(screen.getByText('3 events')).toBeInTheDocument();
  });

  it('searches with the filters of the URL and offers the same search as CSV and the period as ZIP', async () => {
    const fetchMock = mockFetch({
      'GET /api/audit/events?subject=CHG-000042&from=2026-11-01T00%3A00%3A00Z&to=2026-12-01T00%3A00%3A00Z&limit=50':
        () => jsonResponse(aPage([anEvent(9)])),
      'GET /api/audit/events?subject=CHG-000042&actor=cab1&from=2026-11-01T00%3A00%3A00Z&to=2026-12-01T00%3A00%3A00Z&limit=50':
        () => jsonResponse(aPage([])),
    });
    renderWithProviders(<AuditEvents />, {
      route: '/audit/events?subject=CHG-000042&from=2026-11-01&to=2026-11-30',
    });

    expect(await screen.findByRole('table', { name: 'Audit events' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Subject' })).toHaveValue('CHG-000042');
    expect(screen.getByRole('link', { name: 'Download CSV' })).toHaveAttribute(
      'href',
      '/api/audit/events.csv?subject=CHG-000042&from=2026-11-01T00%3A00%3A00Z&to=2026-12-01T00%3A00%3A00Z',
    );
    expect(screen.getByRole('link', { name: 'Download period evidence ZIP' })).toHaveAttribute(
      'href',
      '/api/audit/evidence.zip?from=2026-11-01&to=2026-11-30',
    );

    await userEvent.type(screen.getByRole('textbox', { name: 'Actor' }), 'cab1');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));

    expect(await screen.findByText('No events match')).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('verifies the chain on demand and says it is intact with its head', async () => {
    mockFetch({
      'GET /api/audit/events?limit=50': () => jsonResponse(aPage([])),
      'GET /api/audit/verify?full=false': () => jsonResponse(aVerification()),
    });
    renderWithProviders(<AuditEvents />, { route: '/audit/events' });
    expect(await screen.findByText('No events yet')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Verify chain' }));

    expect(
      await screen.findByText(`Chain intact: 1234 rows checked, head #1234 ${'ab'.repeat(8)}…`),
    ).toBeInTheDocument();
  });

  it('names the broken row when the chain does not hold', async () => {
    mockFetch({
      'GET /api/audit/events?limit=50': () => jsonResponse(aPage([])),
      'GET /api/audit/verify?full=false': () =>
        jsonResponse(
          aVerification({
            intact: false,
            checkedRows: 41,
            broken: { seq: 42, reason: 'Its hash does not match its content' },
          }),
        ),
    });
    renderWithProviders(<AuditEvents />, { route: '/audit/events' });
    await screen.findByText('No events yet');

    await userEvent.click(screen.getByRole('button', { name: 'Verify chain' }));

    expect(
      await screen.findByText('Chain broken at row #42: Its hash does not match its content'),
    ).toBeInTheDocument();
  });

  it('lets an admin take a checkpoint, and shows an auditor no such button', async () => {
    mockFetch({
      'GET /api/audit/events?limit=50': () => jsonResponse(aPage([])),
      'GET /api/auth/csrf': () => new Response(null, { status: 204 }),
      'POST /api/audit/checkpoints': () =>
        jsonResponse(
          {
            seq: 1234,
            hash: 'ab'.repeat(32),
            createdAt: '2026-11-29T10:00:00Z',
            createdBy: 'admin',
            kind: 'ON_DEMAND',
          },
          { status: 201 },
        ),
    });
    const { unmount } = renderWithProviders(<AuditEvents />, { route: '/audit/events' });
    await screen.findByText('No events yet');
    expect(screen.queryByRole('button', { name: 'Take checkpoint' })).not.toBeInTheDocument();
    unmount();

    renderWithProviders(<AuditEvents canCheckpoint />, { route: '/audit/events' });
    await screen.findByText('No events yet');
    await userEvent.click(screen.getByRole('button', { name: 'Take checkpoint' }));

    expect(
      await screen.findByText('Verified up to row #1234; verification now starts there.'),
    ).toBeInTheDocument();
  });
});
