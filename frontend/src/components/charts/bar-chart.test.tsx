import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '@/testing/test-utils';

import { BarChart, chartSummary } from './bar-chart';

const labels = ['Jan', 'Feb', 'Mar'];
const format = (value: number) => `${value} h`;

describe('BarChart', () => {
  it('is one image named by a summary, with a bar per known value', () => {
    renderWithProviders(
      <BarChart
        title="Lead time"
        labels={labels}
        series={[
          { name: 'p50', values: [2, null, 4], color: 'blue' },
          { name: 'p90', values: [5, null, 9], color: 'orange' },
        ]}
        format={format}
      />,
    );

    const chart = screen.getByRole('img');
    expect(chart).toHaveAccessibleName(
      'Lead time, Jan to Mar. p50: highest 4 h in Mar, latest 4 h (Mar). p90: highest 9 h in Mar, latest 9 h (Mar).',
    );
    expect(chart.querySelectorAll('rect')).toHaveLength(4);
    const tallest = [...chart.querySelectorAll('rect')].find(
      (bar) => bar.querySelector('title')?.textContent === 'p90, Mar: 9 h',
    );
    expect(Number(tallest?.getAttribute('height'))).toBeGreaterThan(
      Number(chart.querySelector('rect')?.getAttribute('height')),
    );
  });

  it('lists every value in a table, a dash where there is none', () => {
    renderWithProviders(
      <BarChart
        title="Lead time"
        labels={labels}
        series={[{ name: 'p50', values: [2, null, 4], color: 'blue' }]}
        format={format}
      />,
    );

    const rows = within(screen.getByRole('table', { name: 'Lead time by month' })).getAllByRole(
      'row',
    );
    expect(rows.map((row) => row.textContent)).toEqual(['Monthp50', 'Jan2 h', 'Feb—', 'Mar4 h']);
    expect(screen.getByText('Numbers for lead time')).toBeInTheDocument();
  });

  it('says so when a series has no data', () => {
    expect(
      chartSummary(
        'Time to restore',
        ['Jan'],
        [{ name: 'p50', values: [null], color: 'red' }],
        format,
      ),
    ).toBe('Time to restore, Jan. p50: no data.');
  });
});
