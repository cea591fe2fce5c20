import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { browserTimeZone, wallTimeToIso } from '@/lib/time-zone';
import { jsonResponse, mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';

import { aRelease } from '../testing/fixtures';

import { ReleaseForm } from './release-form';

const candidates = {
  'GET /api/releases/candidates': () =>
    jsonResponse([
      {
        key: 'CHG-000042',
        title: 'Upgrade the orders database',
        plannedStart: '2026-11-28T21:00:00Z',
        plannedEnd: '2026-11-29T01:00:00Z',
      },
      { key: 'CHG-000043', title: 'Rotate TLS certificates', plannedStart: null, plannedEnd: null },
    ]),
};

const bodyOf = (init: RequestInit | undefined) =>
  JSON.parse(String(init?.body)) as Record<string, unknown>;

describe('ReleaseForm', () => {
  it('checks the release in the browser before sending anything', async () => {
    const fetchMock = mockFetch(candidates);
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<ReleaseForm onSaved={() => {}} />);

    await user.type(screen.getByRole('textbox', { name: 'Name' }), '   ');
    await user.click(screen.getByRole('button', { name: 'Create release' }));

    // Name, backout plan, type and the two ends of the window: each says what to do.
    expect(await screen.findAllByText('Fill in this field.')).toHaveLength(5);
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveAttribute('aria-invalid', 'true');
    expect(fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST')).toEqual([]);
  });

  it('creates the release with the picked changes and the window with its offset', async () => {
    document.cookie = 'XSRF-TOKEN=t';
    const created = aRelease();
    const fetchMock = mockFetch({
      ...candidates,
      'POST /api/releases': () => jsonResponse(created, { status: 201 }),
    });
    const onSaved = vi.fn();
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<ReleaseForm onSaved={onSaved} />);

    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'November shop release');
    await user.click(screen.getByRole('combobox', { name: 'Type' }));
    await user.click(await screen.findByRole('option', { name: 'Delta' }));
    await user.click(screen.getByRole('combobox', { name: 'Release unit' }));
    await user.click(await screen.findByRole('option', { name: 'Application' }));
    await user.type(screen.getByRole('combobox', { name: 'Environments' }), 'prod{enter}');
    // jsdom drops the partial values typing a datetime-local input goes through.
    fireEvent.change(screen.getByLabelText(/Planned start/), {
      target: { value: '2026-11-28T22:00' },
    });
    fireEvent.change(screen.getByLabelText(/Planned end/), {
      target: { value: '2026-11-29T02:00' },
    });
    await user.type(screen.getByRole('textbox', { name: 'Backout plan' }), 'Redeploy 2.3.');
    await user.click(await screen.findByRole('checkbox', { name: /CHG-000042/ }));
    await user.click(screen.getByRole('button', { name: 'Create release' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(bodyOf(post?.[1])).toEqual({
      name: 'November shop release',
      type: 'DELTA',
      releaseUnit: ['APPLICATION'],
      environments: ['prod'],
      plannedStart: wallTimeToIso('2026-11-28T22:00', browserTimeZone()),
      plannedEnd: wallTimeToIso('2026-11-29T02:00', browserTimeZone()),
      backoutPlan: 'Redeploy 2.3.',
      changeKeys: ['CHG-000042'],
    });
  });

  it("puts the server's field errors next to their fields and lists the rest", async () => {
    document.cookie = 'XSRF-TOKEN=t';
    mockFetch({
      'PUT /api/releases/REL-2026.11-3': () =>
        jsonResponse(
          {
            title: 'Invalid request',
            status: 400,
            detail: 'The release has 3 errors.',
            errors: [
              { field: 'name', message: 'is already taken by REL-2026.11-1' },
              { field: 'plannedStart', message: 'falls in a blackout window' },
              { field: 'revision', message: 'is stale' },
            ],
          },
          { status: 400, contentType: 'application/problem+json' },
        ),
    });
    const onSaved = vi.fn();
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<ReleaseForm release={aRelease()} onSaved={onSaved} />);

    await user.click(screen.getByRole('button', { name: 'Save release' }));

    expect(await screen.findByText('is already taken by REL-2026.11-1')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('falls in a blackout window')).toBeInTheDocument();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The release has 3 errors.');
    expect(within(alert).getByText('revision: is stale')).toBeInTheDocument();
    expect(onSaved).not.toHaveBeenCalled();
  });
});
