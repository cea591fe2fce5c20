import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { zWhatChanged } from '@/api/generated/zod.gen';
import { contractFixture } from '@/testing/contract-fixture';
import { jsonResponse, mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';

import { WhatChangedPage } from './what-changed-page';

const report = contractFixture(zWhatChanged, {
  from: '2026-11-23',
  to: '2026-11-29',
  changes: [
    {
      key: 'CHG-000042',
      title: 'Upgrade checkout-api to 2.9.0',
      changeClass: 'NORMAL',
      requester: 'requester',
      implementedAt: '2026-11-25T10:00:00Z',
      outcome: 'IMPLEMENTED',
      state: 'IN_PIR',
      cis: [{ key: 'CI-00003', name: 'checkout-api' }],
      approvals: [
        {
          approver: 'manager',
          role: 'CHANGE_MANAGER',
          task: 'REVIEW_RFC',
          decision: 'accept',
          at: '2026-11-24T09:00:00Z',
        },
        {
          approver: 'cab1',
          role: 'CAB_MEMBER',
          task: 'CAB_VOTE',
          decision: 'approve',
          at: '2026-11-24T11:00:00Z',
          comment: 'Fine with the backout plan',
        },
      ],
      releases: ['REL-2026.11-3'],
    },
    {
      key: 'CHG-000043',
      title: 'Restart checkout-api staging',
      changeClass: 'STANDARD',
      requester: 'requester',
      implementedAt: '2026-11-26T10:00:00Z',
      outcome: 'BACKED_OUT',
      outcomeDetail:
        'REL-2026.11-4: Backed out at wave staging: verification failed: error rate 4.2% above the 1.0% budget',
      state: 'IN_PIR',
      cis: [{ key: 'CI-00009', name: 'checkout-api staging' }],
      approvals: [],
      releases: ['REL-2026.11-4'],
    },
  ],
  releases: [
    {
      key: 'REL-2026.11-3',
      name: 'Checkout 2.9',
      endedAt: '2026-11-25T10:00:00Z',
      outcome: 'CLOSED',
      changes: ['CHG-000042'],
      cis: [{ key: 'CI-00003', name: 'checkout-api' }],
      approvals: [
        {
          approver: 'releng2',
          role: 'RELEASE_ENGINEER',
          task: 'ACCEPT_RELEASE',
          decision: 'accept',
          at: '2026-11-25T08:00:00Z',
        },
      ],
      waves: ['test: Deployed and verified'],
    },
  ],
});

const people = () =>
  jsonResponse([
    { username: 'manager', displayName: 'Morgan Manager' },
    { username: 'cab1', displayName: 'Casey Cab' },
    { username: 'releng2', displayName: 'Riley Releng' },
  ]);

describe('WhatChangedPage', () => {
  it('lists each change with its CIs, who approved it with role and time, its release and outcome', async () => {
    mockFetch({
      'GET /api/people': people,
      'GET /api/reports/what-changed?from=2026-11-23&to=2026-11-29': () => jsonResponse(report),
    });

    renderWithProviders(<WhatChangedPage />, {
      route: '/audit/what-changed?from=2026-11-23&to=2026-11-29',
    });

    const row = await screen.findByRole('row', { name: 'CHG-000042' });
    expect(within(row).getByRole('link', { name: 'CHG-000042' })).toHaveAttribute(
      'href',
      '/changes/CHG-000042',
    );
    expect(within(row).getByText('Implemented')).toBeInTheDocument();
    expect(within(row).getByText('checkout-api (CI-00003)')).toBeInTheDocument();
    expect(await within(row).findByText('Morgan Manager')).toBeInTheDocument();
    expect(row).toHaveTextContent('Morgan Manager (Change manager): accept on review');
    expect(row).toHaveTextContent('Casey Cab (CAB member): approve on CAB vote');
    expect(row).toHaveTextContent('“Fine with the backout plan”');
    expect(within(row).getByRole('link', { name: 'REL-2026.11-3' })).toHaveAttribute(
      'href',
      '/releases/REL-2026.11-3',
    );
    const backedOut = screen.getByRole('row', { name: 'CHG-000043' });
    expect(within(backedOut).getByText('Backed out')).toBeInTheDocument();
    expect(backedOut).toHaveTextContent(
      'verification failed: error rate 4.2% above the 1.0% budget',
    );
    expect(within(backedOut).getByText('Pre-approved (standard change)')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Changes (2)' })).toBeInTheDocument();
    const release = screen.getByRole('row', { name: 'REL-2026.11-3' });
    expect(within(release).getByText('Rolled out')).toBeInTheDocument();
    expect(release).toHaveTextContent(
      'Riley Releng (Release engineer): accept on release acceptance',
    );
    expect(release).toHaveTextContent('test: Deployed and verified');
    expect(screen.getByRole('link', { name: 'Download CSV' })).toHaveAttribute(
      'href',
      '/api/reports/what-changed.csv?from=2026-11-23&to=2026-11-29',
    );
  });

  it('says when nothing changed in the period', async () => {
    mockFetch({
      'GET /api/reports/what-changed?from=2026-01-01&to=2026-01-02': () =>
        jsonResponse({ from: '2026-01-01', to: '2026-01-02', changes: [], releases: [] }),
    });

    renderWithProviders(<WhatChangedPage />, {
      route: '/audit/what-changed?from=2026-01-01&to=2026-01-02',
    });

    expect(await screen.findByText('Nothing changed in this period')).toBeInTheDocument();
    expect(screen.getByLabelText('From')).toHaveValue('2026-01-01');
    expect(screen.getByLabelText('To')).toHaveValue('2026-01-02');
  });
});
