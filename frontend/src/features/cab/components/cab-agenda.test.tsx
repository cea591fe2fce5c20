import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { jsonResponse, mockFetch, problemResponse } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';

import { anAgendaChange } from '../testing/fixtures';

import { CabAgenda } from './cab-agenda';

const AGENDA = 'GET /api/cab/agenda';

describe('CabAgenda', () => {
  it('groups the changes by window with tally, quorum per role, veto and votes', async () => {
    mockFetch({
      [AGENDA]: () =>
        jsonResponse({
          windows: [
            {
              label: 'Week of 2026-11-23',
              start: '2026-11-23',
              end: '2026-11-30',
              changes: [
                anAgendaChange(),
                anAgendaChange({
                  key: 'CHG-000043',
                  title: 'Rotate the TLS certificates',
                  vetoed: true,
                }),
              ],
            },
            {
              label: 'Unscheduled',
              start: null,
              end: null,
              changes: [
                anAgendaChange({
                  key: 'CHG-000044',
                  title: 'Retire the old VPN',
                  plannedStart: null,
                  plannedEnd: null,
                  quorumReached: true,
                }),
              ],
            },
          ],
        }),
    });

    renderWithProviders(<CabAgenda />);

    const week = await screen.findByRole('region', { name: 'Week of 2026-11-23' });
    expect(within(week).getByText('2 changes')).toBeInTheDocument();
    const first = within(week).getByRole('article', { name: 'Upgrade the orders database' });
    expect(within(first).getByRole('link', { name: 'CHG-000042' })).toHaveAttribute(
      'href',
      '/changes/CHG-000042',
    );
    expect(within(first).getByText('P2')).toBeInTheDocument();
    expect(within(first).getByText('high risk')).toBeInTheDocument();
    expect(within(first).getByLabelText('Tally')).toHaveTextContent(
      '2 approve0 reject1 abstain1 pending',
    );
    expect(within(first).getByText('CAB member: 2/2 ✓ reached')).toBeInTheDocument();
    expect(within(first).getByText('ECAB member: 0/1 not reached')).toBeInTheDocument();
    expect(within(first).queryByText('Vetoed')).not.toBeInTheDocument();
    const cab3 = within(first).getByText('cab3').closest('tr')!;
    expect(within(cab3).getByText('abstain')).toBeInTheDocument();
    expect(within(cab3).getByText('my team')).toBeInTheDocument();
    const ecab = within(first).getByText('ecab').closest('tr')!;
    expect(within(ecab).getByText('pending')).toBeInTheDocument();

    const vetoed = within(week).getByRole('article', { name: 'Rotate the TLS certificates' });
    expect(within(vetoed).getByText('Vetoed')).toBeInTheDocument();

    const unscheduled = screen.getByRole('region', { name: 'Unscheduled' });
    expect(within(unscheduled).getByText(/not scheduled/)).toBeInTheDocument();
    expect(within(unscheduled).getByText('Quorum reached')).toBeInTheDocument();
  });

  it('says so when nothing waits for the CAB', async () => {
    mockFetch({ [AGENDA]: () => jsonResponse({ windows: [] }) });

    renderWithProviders(<CabAgenda />);

    expect(await screen.findByText('Nothing on the agenda')).toBeInTheDocument();
  });

  it('shows a skeleton while loading and the problem when it fails', async () => {
    let fail: (response: Response) => void = () => {};
    mockFetch({ [AGENDA]: () => new Promise<Response>((resolve) => (fail = resolve)) });

    renderWithProviders(<CabAgenda />);

    expect(await screen.findByLabelText('Loading the CAB agenda')).toBeInTheDocument();
    fail(problemResponse({ status: 403, title: 'Forbidden', detail: 'Only change managers' }));
    expect(await screen.findByText('Could not load the CAB agenda')).toBeInTheDocument();
    expect(screen.getByText('Only change managers')).toBeInTheDocument();
  });
});
