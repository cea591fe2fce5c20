import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '@/testing/test-utils';

import { aWaveProgress } from '../testing/fixtures';

import { WaveProgress } from './wave-progress';

const rows = (...overrides: Array<Record<string, unknown>>) =>
  overrides.map((o) => aWaveProgress(o));

describe('WaveProgress', () => {
  it('shows each wave with its state, times and duration', () => {
    renderWithProviders(
      <WaveProgress
        waves={rows(
          {
            state: 'DONE',
            deployStartedAt: '2026-11-28T21:00:00Z',
            deployedAt: '2026-11-28T21:01:00Z',
            verifiedAt: '2026-11-28T21:02:05Z',
            durationMs: 125_000,
          },
          {
            wave: 'half',
            percent: 50,
            state: 'VERIFYING',
            deployStartedAt: '2026-11-28T21:03:00Z',
          },
          { wave: 'everyone', percent: 100, state: 'PENDING' },
        )}
      />,
    );

    const canary = screen.getByRole('row', { name: 'Wave canary' });
    expect(within(canary).getByText('Done')).toBeInTheDocument();
    expect(within(canary).getByText('10%')).toBeInTheDocument();
    expect(within(canary).getByText('2 min 5 s')).toBeInTheDocument();
    expect(
      within(screen.getByRole('row', { name: 'Wave half' })).getByText('Verifying'),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('row', { name: 'Wave everyone' })).getByText('Pending'),
    ).toBeInTheDocument();
    const bar = screen.getByRole('progressbar', { name: '1 of 3 waves done' });
    expect(Math.round(Number(bar.getAttribute('aria-valuenow')))).toBe(33);
  });

  it('marks backed-out waves with the time they were backed out', () => {
    renderWithProviders(
      <WaveProgress
        waves={rows(
          { state: 'BACKED_OUT', backedOutAt: '2026-11-28T21:10:00Z' },
          { wave: 'everyone', state: 'FAILED' },
        )}
      />,
    );

    const canary = screen.getByRole('row', { name: 'Wave canary' });
    expect(within(canary).getByText('Backed out')).toBeInTheDocument();
    expect(within(canary).getByText(/^Backed out \d\d:\d\d:\d\d$/)).toBeInTheDocument();
    expect(
      within(screen.getByRole('row', { name: 'Wave everyone' })).getByText('Failed'),
    ).toBeInTheDocument();
    expect(screen.getByText('Backed out after 2 of 2 waves')).toBeInTheDocument();
  });

  it('tells what really happened to each wave of a backed-out rollout', () => {
    renderWithProviders(
      <WaveProgress
        waves={rows(
          {
            wave: 'test',
            state: 'BACKED_OUT',
            backedOutAt: '2026-11-28T21:10:00Z',
            outcome: 'Deployed and verified, then rolled back',
          },
          {
            wave: 'staging',
            state: 'FAILED',
            backedOutAt: '2026-11-28T21:09:00Z',
            failureReason: 'error rate 4.2% above the 1.0% budget',
            outcome: 'Verification failed: error rate 4.2% above the 1.0% budget; rolled back',
          },
          { wave: 'prod', state: 'PENDING', outcome: 'Not started' },
        )}
      />,
    );

    expect(screen.getByRole('row', { name: 'Wave test' })).toHaveTextContent(
      'Deployed and verified, then rolled back',
    );
    const staging = screen.getByRole('row', { name: 'Wave staging' });
    expect(within(staging).getByText('Failed')).toBeInTheDocument();
    expect(
      within(staging).getByText(
        'Verification failed: error rate 4.2% above the 1.0% budget; rolled back',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('row', { name: 'Wave prod' })).toHaveTextContent('Not started');
    expect(screen.getByText('Backed out after 2 of 3 waves')).toBeInTheDocument();
  });

  it('says when the rollout has not started', () => {
    renderWithProviders(<WaveProgress waves={[]} />);
    expect(screen.getByText('The rollout has not started.')).toBeInTheDocument();
  });
});
