import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { jsonResponse, mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';

import { anEvidence } from '../testing/fixtures';

import { ChangeEvidenceView } from './change-evidence-view';

const people = () =>
  jsonResponse([
    { username: 'ann', displayName: 'Ann Requester', roles: ['REQUESTER'] },
    { username: 'cab1', displayName: 'Casey Cab', roles: ['CAB_MEMBER'] },
  ]);

describe('ChangeEvidenceView', () => {
  it('shows the RFC, the classification with its inputs and outputs, and the decision version', async () => {
    mockFetch({ 'GET /api/people': people });
    renderWithProviders(<ChangeEvidenceView evidence={anEvidence()} />);

    expect(
      screen.getByRole('heading', { name: 'Upgrade the orders database' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Evidence of CHG-000042')).toBeInTheDocument();
    const rfc = screen.getByRole('region', { name: 'Request for change' });
    expect(await within(rfc).findByText('Ann Requester')).toBeInTheDocument();
    expect(within(rfc).getByText('orders-db (CI-00004)')).toBeInTheDocument();
    expect(within(rfc).getByText('Restore the snapshot.')).toBeInTheDocument();

    const classification = screen.getByRole('region', { name: 'Classification' });
    expect(within(classification).getByText('change_classification version 3')).toBeInTheDocument();
    const inputs = within(classification).getByRole('table', { name: 'Decision inputs' });
    expect(within(inputs).getByRole('row', { name: 'criticality HIGH' })).toBeInTheDocument();
    const outputs = within(classification).getByRole('table', { name: 'Decision outputs' });
    expect(within(outputs).getByRole('row', { name: 'approvalRoute CAB' })).toBeInTheDocument();
  });

  it('lists every vote with the approver’s name, decision, comment as text, and the quorum', () => {
    mockFetch({ 'GET /api/people': people });
    renderWithProviders(<ChangeEvidenceView evidence={anEvidence()} />);

    const approvals = screen.getByRole('region', { name: 'Approvals' });
    expect(within(approvals).getByText(/quorum: CAB 2\./)).toBeInTheDocument();
    const casey = within(approvals).getByRole('row', { name: /Casey Cab/ });
    expect(casey).toHaveTextContent('approve');
    // A comment is shown as typed, never as markup.
    expect(casey).toHaveTextContent('orders-db is not touched <b>twice</b>');
    expect(within(approvals).getByRole('row', { name: /Charlie Cab/ })).toHaveTextContent(
      'rejectNo backout tested',
    );
  });

  it('shows the schedule, the rollout with why a wave failed, the review and the path', () => {
    mockFetch({ 'GET /api/people': people });
    renderWithProviders(<ChangeEvidenceView evidence={anEvidence()} />);

    const schedule = screen.getByRole('region', { name: 'Schedule' });
    expect(within(schedule).getByText(/Planned window: .*\(Europe\/Berlin\)/)).toBeInTheDocument();
    expect(within(schedule).getByText('Conflicts with CHG-000041')).toBeInTheDocument();

    const rollout = screen.getByRole('region', { name: 'Release and rollout' });
    expect(within(rollout).getByRole('link', { name: 'REL-2026.11-3' })).toHaveAttribute(
      'href',
      '/releases/REL-2026.11-3',
    );
    const staging = within(rollout).getByRole('row', { name: /staging \(100 %\)/ });
    expect(staging).toHaveTextContent('backed out');
    expect(staging).toHaveTextContent('Error rate 4.2% above the 1.0% budget');
    expect(within(rollout).getByText(/verify failed in wave staging/)).toBeInTheDocument();
    expect(within(rollout).getByText('Tests: 128 passed, 0 failed')).toBeInTheDocument();

    const pir = screen.getByRole('region', { name: 'Post-implementation review' });
    expect(within(pir).getByText('backed out')).toBeInTheDocument();
    expect(within(pir).getByText('Morgan Manager')).toBeInTheDocument();
    expect(within(pir).getByText('Canary caught it')).toBeInTheDocument();
    expect(within(pir).getByText('Verify staging with production-like load')).toBeInTheDocument();

    const path = screen.getByRole('region', { name: 'Process path' });
    expect(
      within(path).getByRole('img', {
        name: 'The change process with the path of CHG-000042 marked',
      }),
    ).toHaveAttribute('src', '/api/changes/CHG-000042/evidence/path.svg');
    const steps = within(path).getByRole('list', { name: 'Steps taken' });
    expect(
      within(steps)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      expect.stringMatching(/^RFC submitted — /),
      expect.stringMatching(/^CAB vote — .*\(approve\)$/),
    ]);
  });

  it('lists the audit events and links the downloads', () => {
    mockFetch({ 'GET /api/people': people });
    renderWithProviders(<ChangeEvidenceView evidence={anEvidence()} />);

    const events = screen.getByRole('table', { name: 'Audit events' });
    expect(within(events).getAllByRole('row')).toHaveLength(3);
    expect(within(events).getByRole('row', { name: /VoteCast/ })).toHaveTextContent(
      'c0ffeec0ffee…',
    );
    expect(screen.getByRole('link', { name: 'Download evidence ZIP' })).toHaveAttribute(
      'href',
      '/api/changes/CHG-000042/evidence.zip',
    );
    expect(screen.getByRole('link', { name: 'Printable report' })).toHaveAttribute(
      'href',
      '/api/changes/CHG-000042/evidence.html',
    );
  });

  it('says what is missing instead of empty sections', () => {
    mockFetch({ 'GET /api/people': people });
    renderWithProviders(
      <ChangeEvidenceView
        evidence={anEvidence({
          classification: null,
          votes: [],
          cabRound: null,
          releases: [],
          pir: null,
          path: [],
          events: [],
        })}
      />,
    );

    expect(screen.getByText('Not classified yet.')).toBeInTheDocument();
    expect(screen.getByText('Nobody was asked to approve this change.')).toBeInTheDocument();
    expect(screen.getByText('No release has bundled this change.')).toBeInTheDocument();
    expect(screen.getByText('No review yet.')).toBeInTheDocument();
    expect(screen.getByText('No steps recorded yet.')).toBeInTheDocument();
    expect(screen.getByText('No audit events recorded for this change.')).toBeInTheDocument();
  });
});
