import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { jsonResponse, mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';

import { ConsistencyPanel } from './consistency-panel';

const report = (drifts: unknown[], outboxPending = 0) => ({
  checkedAt: '2026-11-29T10:00:00Z',
  changes: 12,
  releases: 2,
  engineProbed: true,
  outboxPending,
  drifts,
});

describe('ConsistencyPanel', () => {
  it('says when everything agrees', async () => {
    mockFetch({ 'GET /api/admin/consistency': () => jsonResponse(report([])) });

    renderWithProviders(<ConsistencyPanel canRepair={false} />);

    expect(await screen.findByText('All consistent')).toBeInTheDocument();
    expect(screen.getByLabelText('Summary')).toHaveTextContent(
      /Checked 12 changes and 2 releases .*asking the engine about each\. Nothing waits for delivery\./,
    );
    expect(screen.queryByRole('button', { name: 'Repair' })).not.toBeInTheDocument();
  });

  it('lists each drift with a link to its record, and repairs', async () => {
    document.cookie = 'XSRF-TOKEN=t';
    const lost = {
      businessKey: 'CHG-000042',
      kind: 'PROCESS_NOT_STARTED',
      step: 'rfc_submitted',
      detail: 'its process start was never confirmed by the engine',
      repaired: false,
    };
    const noTask = {
      businessKey: 'REL-2026.11-1',
      kind: 'NO_OPEN_TASK',
      step: 'start_rollout',
      detail: 'it waits in start_rollout but nobody has an open task',
      repaired: false,
    };
    const fetchMock = mockFetch({
      'GET /api/admin/consistency': () => jsonResponse(report([lost, noTask], 3)),
      'POST /api/admin/consistency/repair': () =>
        jsonResponse(report([{ ...lost, repaired: true }, noTask])),
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<ConsistencyPanel canRepair />);

    const change = (await screen.findByRole('link', { name: 'CHG-000042' })).closest('tr')!;
    expect(within(change).getByText('Process never started')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'REL-2026.11-1' })).toHaveAttribute(
      'href',
      '/releases/REL-2026.11-1',
    );
    expect(screen.getByText('Waits for a person, no open task')).toBeInTheDocument();
    expect(screen.getByLabelText('Summary')).toHaveTextContent(
      '3 engine commands or notices wait for delivery.',
    );

    await user.click(screen.getByRole('button', { name: 'Repair' }));

    expect(await screen.findByText('Start asked for again')).toBeInTheDocument();
    expect(
      fetchMock.mock.calls.some(
        ([url, init]) =>
          String(url).endsWith('/api/admin/consistency/repair') && init?.method === 'POST',
      ),
    ).toBe(true);
  });
});
