import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { jsonResponse, mockFetch, problemResponse } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';

import { aKpiReport, busyMonth, quietMonth } from '../testing/fixtures';

import { KpiReportView } from './kpi-report';

const KPIS = 'GET /api/reports/kpis?from=2026-01&to=2026-03';
const RANGE = { from: '2026-01', to: '2026-03' };

function tile(name: string) {
  return screen.getByRole('group', { name });
}

describe('KpiReportView', () => {
  it('shows the totals of the range as tiles', async () => {
    mockFetch({ [KPIS]: () => jsonResponse(aKpiReport()) });

    renderWithProviders(<KpiReportView initialRange={RANGE} />);

    expect(await screen.findByRole('heading', { name: 'Change management' })).toBeInTheDocument();
    expect(screen.getByText('Jan 2026 to Mar 2026, calendar months in UTC.')).toBeInTheDocument();
    expect(tile('Change success rate')).toHaveTextContent('50%2 of 4 implemented changes');
    expect(tile('Backout rate')).toHaveTextContent('25%1 backed out, 1 reviewed as failed');
    expect(tile('Emergency share')).toHaveTextContent(
      '25%1 emergency, 1 normal, 2 standard of 4 submitted',
    );
    expect(tile('Lead time to implementation')).toHaveTextContent('30 hmedian; p90 4 d');
    expect(tile('CAB approval time')).toHaveTextContent('5.5 hmedian of 1 CAB decisions; p90 20 h');
    expect(screen.getByRole('heading', { name: 'DORA metrics' })).toBeInTheDocument();
    expect(tile('Deployment frequency')).toHaveTextContent('0.7 / month2 releases rolled out');
    expect(tile('Lead time for changes')).toHaveTextContent('2.1 d');
    expect(tile('Change failure rate')).toHaveTextContent('50%1 of 2 rollouts failed');
    expect(tile('Time to restore')).toHaveTextContent('45 minmedian; 1 restored, 0 not yet');
  });

  it('draws a chart per figure with a summary and the numbers of each month', async () => {
    mockFetch({ [KPIS]: () => jsonResponse(aKpiReport()) });

    renderWithProviders(<KpiReportView initialRange={RANGE} />);

    const success = await screen.findByRole('img', {
      name: /^Change success rate, Jan 2026 to Mar 2026/,
    });
    expect(success).toHaveAccessibleName(
      'Change success rate, Jan 2026 to Mar 2026. Success rate: highest 50% in Mar 2026, latest 50% (Mar 2026).',
    );
    const table = screen.getByRole('table', { name: 'Change success rate by month' });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'MonthSuccess rate',
      'Jan 2026—',
      'Feb 2026—',
      'Mar 202650%',
    ]);
    const classes = screen.getByRole('table', { name: 'Changes by class by month' });
    expect(within(classes).getAllByRole('row')[3]).toHaveTextContent('Mar 2026211');
    expect(screen.getByRole('img', { name: /^Changes by class/ })).toHaveAccessibleName(
      expect.stringContaining('Emergency: highest 1 in Mar 2026'),
    );
    const deployments = screen.getByRole('table', { name: 'Deployments by month' });
    expect(within(deployments).getAllByRole('row')[3]).toHaveTextContent('Mar 202621');
    const restore = screen.getByRole('table', { name: 'Time to restore by month' });
    expect(within(restore).getAllByRole('row')[3]).toHaveTextContent('Mar 202645 min');
    expect(screen.getAllByRole('img')).toHaveLength(8);
  });

  it('explains each figure and links the CSV of the same months', async () => {
    mockFetch({ [KPIS]: () => jsonResponse(aKpiReport()) });

    renderWithProviders(<KpiReportView initialRange={RANGE} />);

    await screen.findByRole('heading', { name: 'Change management' });
    expect(screen.getByRole('heading', { name: 'What the figures mean' })).toBeInTheDocument();
    expect(screen.getByText('Time to restore', { selector: 'dt' })).toBeInTheDocument();
    expect(screen.getByText(/start of a release's back-out to the earlier of/)).toBeInTheDocument();
    expect(screen.getByText('Change failure rate', { selector: 'dt' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download CSV' })).toHaveAttribute(
      'href',
      '/api/reports/kpis.csv?from=2026-01&to=2026-03',
    );
  });

  it('asks for the months picked and says when a range cannot be asked for', async () => {
    const fetch = mockFetch({
      [KPIS]: () => jsonResponse(aKpiReport()),
      'GET /api/reports/kpis?from=2026-02&to=2026-03': () =>
        jsonResponse({
          from: '2026-02',
          to: '2026-03',
          months: [quietMonth('2026-02'), busyMonth('2026-03')],
          totals: busyMonth('2026-02/2026-03', { changeSuccessRate: 0.75 }),
        }),
    });

    renderWithProviders(<KpiReportView initialRange={RANGE} />);
    await screen.findByRole('heading', { name: 'Change management' });

    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-02' } });
    expect(await screen.findByText('75%')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download CSV' })).toHaveAttribute(
      'href',
      '/api/reports/kpis.csv?from=2026-02&to=2026-03',
    );

    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-05' } });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The first month must not be after the last. Showing Feb 2026 to Mar 2026.',
    );
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('says what the server answered when it cannot give the figures', async () => {
    mockFetch({
      [KPIS]: () => problemResponse({ status: 403, title: 'Forbidden', detail: 'Access denied' }),
    });

    renderWithProviders(<KpiReportView initialRange={RANGE} />);

    expect(await screen.findByText('Could not load the KPIs')).toBeInTheDocument();
  });
});
