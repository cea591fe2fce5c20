import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { jsonResponse, mockFetch, problemResponse } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';

import { anIncident } from '../testing/fixtures';

import { IncidentsPage } from './incidents-page';

const INCIDENT_ID = anIncident().id;
const OPEN = 'GET /api/incidents?state=OPEN';
const release = anIncident({
  id: '1c2d3e4f-0000-4000-8000-000000000002',
  businessKey: 'REL-2026.11-3',
  kind: 'RELEASE',
  elementId: 'update_cmdb',
  jobType: 'update-cmdb',
  errorMessage: 'CMDB refused CI-00009',
});

describe('IncidentsPage', () => {
  it('lists open incidents with a link to their change or release', async () => {
    mockFetch({ [OPEN]: () => jsonResponse([anIncident(), release]) });

    renderWithProviders(<IncidentsPage roles={['ADMIN']} />);

    const change = (await screen.findByRole('link', { name: 'CHG-000042' })).closest('tr')!;
    expect(within(change).getByRole('link', { name: 'CHG-000042' })).toHaveAttribute(
      'href',
      '/changes/CHG-000042',
    );
    expect(within(change).getByText('check_schedule')).toBeInTheDocument();
    expect(
      within(change).getByText('IllegalStateException: calendar service unreachable'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'REL-2026.11-3' })).toHaveAttribute(
      'href',
      '/releases/REL-2026.11-3',
    );
    expect(screen.getByRole('button', { name: 'Retry REL-2026.11-3' })).toBeInTheDocument();
  });

  it('says so when nothing is stuck', async () => {
    mockFetch({ [OPEN]: () => jsonResponse([]) });
    renderWithProviders(<IncidentsPage roles={['ADMIN']} />);
    expect(await screen.findByText('No open incidents')).toBeInTheDocument();
  });

  it('offers actions only on the incidents the user may act on', async () => {
    mockFetch({ [OPEN]: () => jsonResponse([anIncident(), release]) });
    renderWithProviders(<IncidentsPage roles={['RELEASE_ENGINEER']} />);
    expect(await screen.findByRole('button', { name: 'Retry REL-2026.11-3' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retry CHG-000042' })).not.toBeInTheDocument();
  });

  it('retries and shows when the engine did not take it', async () => {
    document.cookie = 'XSRF-TOKEN=t';
    const fetchMock = mockFetch({
      [OPEN]: () => jsonResponse([anIncident()]),
      [`POST /api/incidents/${INCIDENT_ID}/retry`]: () =>
        problemResponse({ status: 503, title: 'Engine unavailable', detail: 'try again' }),
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<IncidentsPage roles={['ADMIN']} />);

    await user.click(await screen.findByRole('button', { name: 'Retry CHG-000042' }));

    expect(await screen.findByText('Retry failed')).toBeInTheDocument();
    expect(fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST')).toHaveLength(1);
  });

  it('cancels with a reason, checked before it is sent', async () => {
    document.cookie = 'XSRF-TOKEN=t';
    const fetchMock = mockFetch({
      [OPEN]: () => jsonResponse([anIncident()]),
      [`POST /api/incidents/${INCIDENT_ID}/cancel`]: () =>
        jsonResponse(anIncident({ state: 'CANCELED', resolvedBy: 'admin' })),
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<IncidentsPage roles={['ADMIN']} />);

    await user.click(await screen.findByRole('button', { name: 'Cancel CHG-000042' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cancel CHG-000042' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel process' }));
    expect(await within(dialog).findByText('Enter a reason.')).toBeInTheDocument();

    await user.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'Calendar retired');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel process' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ reason: 'Calendar retired' });
  });
});
