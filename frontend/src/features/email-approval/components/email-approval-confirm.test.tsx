import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { jsonResponse, mockFetch, problemResponse } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';

import type { EmailApproval } from '../api/get-email-approval';

import { EmailApprovalConfirm } from './email-approval-confirm';

const TOKEN = 'AQIDBAUGBwgJ-_token';
const PATH = `/api/email-approvals/${TOKEN}`;

function anApproval(overrides: Partial<EmailApproval> = {}): EmailApproval {
  return {
    task: {
      changeKey: 'CHG-000042',
      changeTitle: 'Upgrade checkout-api to 2.9.0',
      kind: 'CAB_VOTE',
      title: 'CAB vote',
      priority: 'P3',
      plannedStart: '2026-12-01T22:00:00Z',
      plannedEnd: '2026-12-02T00:00:00Z',
      risk: 'HIGH',
      state: 'OPEN',
      completedBy: null,
    },
    approver: 'cab1',
    approverName: 'Casey Cab',
    decision: null,
    expiresAt: '2026-11-25T15:00:00Z',
    usable: true,
    problem: null,
    ...overrides,
  };
}

const decided = {
  changeKey: 'CHG-000042',
  decision: 'approve',
  approver: 'cab1',
  decidedAt: '2026-11-23T15:00:00Z',
};

/** The POST's JSON body, as the mock saw it. */
function bodyOf(fetchMock: ReturnType<typeof mockFetch>, method = 'POST'): unknown {
  const call = fetchMock.mock.calls.find(([, init]) => init?.method === method);
  return JSON.parse(String(call?.[1]?.body));
}

const csrf = { 'GET /api/auth/csrf': () => new Response(null, { status: 204 }) };

describe('EmailApprovalConfirm', () => {
  it('shows what the link decides and preselects its decision, without deciding', async () => {
    const fetchMock = mockFetch({ [`GET ${PATH}`]: () => jsonResponse(anApproval()) });

    renderWithProviders(<EmailApprovalConfirm token={TOKEN} initialDecision="approve" />);

    expect(
      await screen.findByRole('heading', { name: 'CAB vote: CHG-000042' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Upgrade checkout-api to 2.9.0')).toBeInTheDocument();
    expect(screen.getByText(/Casey Cab \(cab1\)/)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Approve' })).toBeChecked();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('approves on Confirm and says so', async () => {
    const fetchMock = mockFetch({
      [`GET ${PATH}`]: () => jsonResponse(anApproval()),
      [`POST ${PATH}`]: () => jsonResponse(decided),
      ...csrf,
    });
    renderWithProviders(<EmailApprovalConfirm token={TOKEN} initialDecision="approve" />);

    await userEvent.click(await screen.findByRole('button', { name: 'Confirm' }));

    expect(await screen.findByText('Decision recorded')).toBeInTheDocument();
    expect(screen.getByText(/You approved CHG-000042 as cab1/)).toBeInTheDocument();
    expect(bodyOf(fetchMock)).toEqual({ decision: 'approve' });
  });

  it('requires a comment to reject, then sends it', async () => {
    const fetchMock = mockFetch({
      [`GET ${PATH}`]: () => jsonResponse(anApproval()),
      [`POST ${PATH}`]: () => jsonResponse({ ...decided, decision: 'reject' }),
      ...csrf,
    });
    renderWithProviders(<EmailApprovalConfirm token={TOKEN} initialDecision="reject" />);

    await userEvent.click(await screen.findByRole('button', { name: 'Confirm' }));
    expect(await screen.findByText('Say why you reject')).toBeInTheDocument();
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);

    await userEvent.type(screen.getByRole('textbox', { name: /Comment/ }), 'No backout tested');
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));

    expect(await screen.findByText(/You rejected CHG-000042/)).toBeInTheDocument();
    expect(bodyOf(fetchMock)).toEqual({ decision: 'reject', comment: 'No backout tested' });
  });

  it('asks for a decision when the link named none', async () => {
    mockFetch({ [`GET ${PATH}`]: () => jsonResponse(anApproval()) });
    renderWithProviders(<EmailApprovalConfirm token={TOKEN} initialDecision={null} />);

    await userEvent.click(await screen.findByRole('button', { name: 'Confirm' }));

    expect(await screen.findByText('Choose approve or reject')).toBeInTheDocument();
  });

  it('shows why a used or decided link cannot be used, with no form', async () => {
    mockFetch({
      [`GET ${PATH}`]: () =>
        jsonResponse(
          anApproval({ usable: false, decision: 'approve', problem: 'Already completed by cab2' }),
        ),
    });
    renderWithProviders(<EmailApprovalConfirm token={TOKEN} initialDecision="approve" />);

    expect(await screen.findByText('Already completed by cab2')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Confirm' })).not.toBeInTheDocument();
  });

  it('shows the server problem when confirming fails', async () => {
    mockFetch({
      [`GET ${PATH}`]: () => jsonResponse(anApproval()),
      [`POST ${PATH}`]: () =>
        problemResponse({
          status: 410,
          title: 'Link no longer valid',
          detail: 'This link expired on 2026-11-23T14:00:00Z',
        }),
      ...csrf,
    });
    renderWithProviders(<EmailApprovalConfirm token={TOKEN} initialDecision="approve" />);

    await userEvent.click(await screen.findByRole('button', { name: 'Confirm' }));

    expect(await screen.findByText('Link no longer valid')).toBeInTheDocument();
    expect(screen.getByText(/This link expired/)).toBeInTheDocument();
  });

  it('says so when the link is not valid at all', async () => {
    mockFetch({
      [`GET ${PATH}`]: () =>
        problemResponse({
          status: 401,
          title: 'Invalid link',
          detail: 'This approval link is not valid: it is incomplete or was changed',
        }),
    });
    renderWithProviders(<EmailApprovalConfirm token={TOKEN} initialDecision="approve" />);

    await waitFor(() => expect(screen.getByText('Invalid link')).toBeInTheDocument());
    expect(screen.getByText(/incomplete or was changed/)).toBeInTheDocument();
  });
});
