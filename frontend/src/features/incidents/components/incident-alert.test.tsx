import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { jsonResponse, mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';

import { anIncident } from '../testing/fixtures';

import { IncidentAlert } from './incident-alert';

const OF_CHANGE = 'GET /api/incidents?state=OPEN&businessKey=CHG-000042';

describe('IncidentAlert', () => {
  it('shows the open incident of the change, with actions for a change manager', async () => {
    mockFetch({ [OF_CHANGE]: () => jsonResponse([anIncident({ failures: 2 })]) });

    renderWithProviders(<IncidentAlert businessKey="CHG-000042" roles={['CHANGE_MANAGER']} />);

    expect(await screen.findByText('Stuck at check_schedule')).toBeInTheDocument();
    expect(
      screen.getByText('IllegalStateException: calendar service unreachable'),
    ).toBeInTheDocument();
    expect(screen.getByText(/failed again \(2 times\)/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry CHG-000042' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel CHG-000042' })).toBeInTheDocument();
  });

  it('shows auditors the incident without actions', async () => {
    mockFetch({ [OF_CHANGE]: () => jsonResponse([anIncident()]) });
    renderWithProviders(<IncidentAlert businessKey="CHG-000042" roles={['AUDITOR']} />);
    expect(await screen.findByText('Stuck at check_schedule')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retry CHG-000042' })).not.toBeInTheDocument();
  });

  it('shows nothing without an open incident', async () => {
    const fetchMock = mockFetch({ [OF_CHANGE]: () => jsonResponse([]) });
    renderWithProviders(<IncidentAlert businessKey="CHG-000042" roles={['ADMIN']} />);
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalled());
    // Let the answer arrive and render.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByText(/Stuck at/)).not.toBeInTheDocument();
  });

  it('asks nothing for users who cannot read incidents', () => {
    const fetchMock = mockFetch({});
    renderWithProviders(<IncidentAlert businessKey="CHG-000042" roles={['REQUESTER']} />);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
