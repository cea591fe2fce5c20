import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { jsonResponse, mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';

import {
  zGetChangesByKeyApprovalsResponse,
  zGetChangesByKeyConflictsResponse,
  zGetPeopleResponse,
} from '@/api/generated/zod.gen';
import { contractFixture } from '@/testing/contract-fixture';

import { aChange } from '../testing/fixtures';

import { ChangeDetail } from './change-detail';

// bpmn-js cannot render in jsdom: the lazy viewer module is replaced (the e2e tests draw it).
const diagram = vi.hoisted(() => ({
  mark: vi.fn(() => ['CAB vote']),
  names: vi.fn((ids: string[]) => ids),
  zoom: vi.fn(),
  fit: vi.fn(),
  destroy: vi.fn(),
}));
vi.mock('@/components/process-diagram/bpmn-viewer', () => ({
  openDiagram: async () => diagram,
}));

const ann = { username: 'ann', roles: ['REQUESTER'] as const };
const carla = { username: 'carla', roles: ['CHANGE_MANAGER'] as const };
const cab = { username: 'cab1', roles: ['CAB_MEMBER'] as const };

const view = (overrides: Record<string, unknown> = {}) => aChange(overrides);

describe('ChangeDetail', () => {
  it('shows the header and the overview', () => {
    renderWithProviders(<ChangeDetail change={view({ emergency: true })} viewer={cab} />);

    expect(
      screen.getByRole('heading', { name: 'Upgrade the orders database' }),
    ).toBeInTheDocument();
    expect(screen.getByText('CHG-000042')).toBeInTheDocument();
    expect(screen.getByText('Emergency')).toBeInTheDocument();
    expect(screen.getByText('orders-db · CI-00004')).toBeInTheDocument();
    expect(screen.getByText('runbook.pdf')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Withdraw' })).not.toBeInTheDocument();
  });

  it('shows a draft that has only a title without inventing the rest', () => {
    const draft = view({
      changeClass: undefined,
      risk: undefined,
      priority: undefined,
      impact: undefined,
      urgency: undefined,
      timeZone: undefined,
      plannedStart: undefined,
      plannedEnd: undefined,
      category: undefined,
    });
    renderWithProviders(<ChangeDetail change={draft} viewer={ann} />);

    expect(screen.getByText('Planned window')).toBeInTheDocument();
    expect(screen.getByText('— / —')).toBeInTheDocument();
    expect(screen.queryByText(/undefined/)).not.toBeInTheDocument();
  });

  it('shows the process diagram with the current step and the steps passed', async () => {
    mockFetch({
      'GET /api/processes/change_request/diagram': () =>
        new Response('<definitions/>', { headers: { 'Content-Type': 'application/xml' } }),
    });
    const user = userEvent.setup();
    renderWithProviders(
      <ChangeDetail
        change={view({
          state: 'AWAITING_CAB',
          currentStep: 'cab_vote',
          history: [
            { at: '2026-03-02T10:00:00Z', elementId: 'rfc_submitted', stepName: 'Submitted' },
            { at: '2026-03-03T10:00:00Z', elementId: 'review_rfc', stepName: 'Review RFC' },
          ],
        })}
        viewer={cab}
      />,
    );

    await user.click(screen.getByRole('tab', { name: 'Diagram' }));

    // Testing Library's waitFor (the set-up's timeout), not vi.waitFor's one second: the lazy
    // diagram chunk can take longer than that under a loaded test run.
    await waitFor(() =>
      expect(diagram.mark).toHaveBeenLastCalledWith({
        current: ['cab_vote'],
        visited: ['rfc_submitted', 'review_rfc'],
        failed: [],
      }),
    );
    expect(screen.getByRole('figure', { name: /current step: CAB vote/ })).toBeInTheDocument();
  });

  it('lets the requester edit and submit a draft', () => {
    renderWithProviders(<ChangeDetail change={view()} viewer={ann} />);

    expect(screen.getByRole('link', { name: 'Edit' })).toHaveAttribute(
      'href',
      '/changes/CHG-000042/edit',
    );
    expect(screen.getByRole('button', { name: 'Submit' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Withdraw' })).toBeInTheDocument();
  });

  it('tallies the CAB votes on the approvals tab', async () => {
    mockFetch({
      'GET /api/changes/CHG-000042/approvals': () =>
        jsonResponse(
          contractFixture(zGetChangesByKeyApprovalsResponse, [
            {
              approver: 'cab1',
              kind: 'CAB_VOTE',
              state: 'COMPLETED',
              roles: ['CAB_MEMBER'],
              decision: 'approve',
              at: '2026-03-02T10:00:00Z',
            },
            {
              approver: 'cab2',
              kind: 'CAB_VOTE',
              state: 'COMPLETED',
              roles: ['CAB_MEMBER'],
              decision: 'approve',
              comment: 'fine',
              at: '2026-03-02T11:00:00Z',
            },
            {
              approver: 'cab3',
              kind: 'CAB_VOTE',
              state: 'COMPLETED',
              roles: ['CAB_MEMBER', 'ECAB_MEMBER'],
              decision: 'abstain',
              comment: 'my team',
              at: '2026-03-02T12:00:00Z',
              delivery: 'NOT_NEEDED',
              deliveryNote: 'the vote had closed (process moved on to check_schedule)',
            },
            { approver: 'cab4', kind: 'CAB_VOTE', state: 'OPEN', roles: ['CAB_MEMBER'] },
          ]),
        ),
      'GET /api/people': () =>
        jsonResponse(
          contractFixture(zGetPeopleResponse, [{ username: 'cab3', displayName: 'Cameron Cab' }]),
        ),
    });
    const user = userEvent.setup();
    renderWithProviders(<ChangeDetail change={view({ state: 'AWAITING_CAB' })} viewer={cab} />);

    await user.click(screen.getByRole('tab', { name: 'Approvals' }));

    expect(
      await screen.findByText('2 approve · 0 reject · 1 abstain · 1 not voted yet'),
    ).toBeInTheDocument();
    // Names from the people directory; a username it does not know stays as it is.
    const row = (await screen.findByText('Cameron Cab')).closest('tr')!;
    expect(within(row).getByText('CAB members, ECAB members')).toBeInTheDocument();
    expect(screen.getByText('cab4')).toBeInTheDocument();
    expect(within(row).getByText('abstain')).toBeInTheDocument();
    expect(within(row).getByText('my team')).toBeInTheDocument();
    expect(
      within(row).getByText('Not needed: the vote had closed (process moved on to check_schedule)'),
    ).toBeInTheDocument();
  });

  it('shows the timeline oldest first with actor, outcome and detail', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <ChangeDetail
        change={view({
          history: [
            {
              at: '2026-03-03T10:00:00Z',
              elementId: 'review_rfc',
              stepName: 'Review RFC',
              actor: 'carla',
              outcome: 'request_information',
              detail: 'Which database?',
            },
            {
              at: '2026-03-02T10:00:00Z',
              elementId: 'submit',
              stepName: 'Submitted',
              state: 'SUBMITTED',
              actor: 'ann',
            },
          ],
        })}
        viewer={cab}
      />,
    );

    await user.click(screen.getByRole('tab', { name: 'Timeline' }));

    const steps = screen.getAllByText(/^(Review RFC|Submitted)$/).map((el) => el.textContent);
    expect(steps).toEqual(['Submitted', 'Review RFC']);
    expect(screen.getByText('Which database?')).toBeInTheDocument();
    expect(screen.getByText('request_information')).toBeInTheDocument();
  });

  it('asks a change manager for a reason before withdrawing', async () => {
    document.cookie = 'XSRF-TOKEN=t';
    const fetchMock = mockFetch({
      'POST /api/changes/CHG-000042/withdraw': () => jsonResponse(aChange({ state: 'WITHDRAWN' })),
    });
    const user = userEvent.setup();
    renderWithProviders(<ChangeDetail change={view({ state: 'AWAITING_CAB' })} viewer={carla} />);

    await user.click(screen.getByRole('button', { name: 'Withdraw' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Withdraw' }));
    expect(await within(dialog).findByText('Enter a reason.')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();

    await user.type(
      within(dialog).getByRole('textbox', { name: 'Reason' }),
      'Vendor postponed the release',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Withdraw' }));

    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledOnce());
    expect(JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body))).toEqual({
      reason: 'Vendor postponed the release',
    });
  });

  it('names the releases that bundled it, as links, and why one backed it out', () => {
    renderWithProviders(
      <ChangeDetail
        change={view({
          state: 'IN_PIR',
          releases: [
            {
              key: 'REL-2026.11-2',
              name: 'Shop November',
              state: 'BACKED_OUT',
              backout: {
                wave: 'staging',
                reason: 'Verification failed: error rate 4.2% above the 1.0% budget',
                summary:
                  'Backed out at wave staging: verification failed: error rate 4.2% above the 1.0% budget',
              },
            },
            { key: 'REL-2026.11-5', name: 'Shop November again', state: 'CLOSED' },
          ],
        })}
        viewer={carla}
      />,
    );

    const releases = screen.getByRole('region', { name: 'Releases of this change' });
    expect(within(releases).getByRole('link', { name: 'REL-2026.11-2' })).toHaveAttribute(
      'href',
      '/releases/REL-2026.11-2',
    );
    expect(within(releases).getByText('Backed out')).toBeInTheDocument();
    expect(within(releases).getByText('Rolled out')).toBeInTheDocument();
    expect(within(releases).getByRole('alert')).toHaveTextContent(
      'Backed out at wave staging: verification failed: error rate 4.2% above the 1.0% budget',
    );
  });

  it('names no release while none bundles it', () => {
    renderWithProviders(<ChangeDetail change={view()} viewer={carla} />);
    expect(screen.queryByRole('region', { name: 'Releases of this change' })).toBeNull();
  });

  it('lists every conflict of the planned window and proposes the next free one', async () => {
    mockFetch({
      'GET /api/changes/CHG-000042/conflicts': () =>
        jsonResponse(
          contractFixture(zGetChangesByKeyConflictsResponse, {
            conflicts: [
              {
                kind: 'BLACKOUT',
                message: 'The blackout Year-end freeze (Peak trading) covers the window.',
                windowId: '3f0c2a6e-0000-4000-8000-000000000001',
                windowName: 'Year-end freeze',
                ciKey: 'CI-00001',
              },
              {
                kind: 'SAME_CI',
                message: 'CHG-000043 changes orders-db (CI-00004) at the same time.',
                changeKey: 'CHG-000043',
                ciKey: 'CI-00004',
              },
            ],
            nextFreeWindow: {
              start: '2027-01-05T20:00:00+01:00',
              end: '2027-01-05T23:00:00+01:00',
            },
          }),
        ),
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<ChangeDetail change={view()} viewer={carla} />);

    await user.click(screen.getByRole('tab', { name: 'Schedule' }));

    const conflicts = await screen.findByRole('list', { name: 'Conflicts' });
    expect(
      within(conflicts).getByText('The blackout Year-end freeze (Peak trading) covers the window.'),
    ).toBeInTheDocument();
    expect(within(conflicts).getByText('Blackout')).toBeInTheDocument();
    expect(
      within(conflicts).getByText('CHG-000043 changes orders-db (CI-00004) at the same time.'),
    ).toBeInTheDocument();
    expect(within(conflicts).getByText('Same CI')).toBeInTheDocument();
    expect(screen.getByText('2 conflicts')).toBeInTheDocument();
    expect(screen.getByText('Next free window')).toBeInTheDocument();
    expect(screen.getByText('5 Jan 2027, 20:00 – 5 Jan 2027, 23:00')).toBeInTheDocument();
  });

  it('says when the planned window is free', async () => {
    mockFetch({
      'GET /api/changes/CHG-000042/conflicts': () =>
        jsonResponse({ conflicts: [], nextFreeWindow: null }),
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<ChangeDetail change={view()} viewer={carla} />);

    await user.click(screen.getByRole('tab', { name: 'Schedule' }));

    expect(await screen.findByText('No conflicts: the window is free.')).toBeInTheDocument();
    expect(screen.queryByText('Next free window')).not.toBeInTheDocument();
  });
});
