import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { browserTimeZone, wallTimeToIso } from '@/lib/time-zone';
import { jsonResponse, mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';

import { aBlackoutWindow, aCiPage, aMaintenanceWindow } from '../testing/fixtures';

import { WindowsPage } from './windows-page';

const bodyOf = (init: RequestInit | undefined) => JSON.parse(String(init?.body)) as unknown;
const posts = (fetchMock: ReturnType<typeof mockFetch>) =>
  fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST');

const lists = {
  'GET /api/blackout-windows': () => jsonResponse([aBlackoutWindow()]),
  'GET /api/maintenance-windows': () => jsonResponse([aMaintenanceWindow()]),
};

const webShop = { key: 'CI-00001', name: 'Web shop' };
const search = {
  'GET /api/cis?limit=20': () => jsonResponse(aCiPage([])),
  'GET /api/cis?q=Web&limit=20': () => jsonResponse(aCiPage([webShop])),
};

describe('WindowsPage', () => {
  it('shows the windows read-only to those who may not edit them', async () => {
    mockFetch(lists);

    renderWithProviders(<WindowsPage canEdit={false} />);

    const freeze = (await screen.findByText('Year-end freeze')).closest('tr')!;
    expect(within(freeze).getByText('Web shop · CI-00001')).toBeInTheDocument();
    expect(within(freeze).getByText('Peak trading')).toBeInTheDocument();
    const sunday = (await screen.findByText('Sunday night maintenance')).closest('tr')!;
    expect(
      within(sunday).getByText('Every Sunday 02:00 for 4 h (Europe/Berlin)'),
    ).toBeInTheDocument();
    expect(within(sunday).getByText('Global')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New blackout window' })).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'New maintenance window' }),
    ).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Delete/ })).not.toBeInTheDocument();
  });

  it('checks a blackout in the browser, then declares it for a business service', async () => {
    document.cookie = 'XSRF-TOKEN=t';
    const fetchMock = mockFetch({
      ...lists,
      ...search,
      'POST /api/blackout-windows': () => jsonResponse(aBlackoutWindow(), { status: 201 }),
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<WindowsPage canEdit />);

    await user.click(await screen.findByRole('button', { name: 'New blackout window' }));
    const dialog = await screen.findByRole('dialog', { name: 'New blackout window' });
    await user.click(within(dialog).getByRole('radio', { name: /A configuration item/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Create blackout' }));

    expect(await within(dialog).findByText('Fill in this field.')).toBeInTheDocument();
    expect(
      within(dialog).getByText('Pick the configuration item or business service.'),
    ).toBeInTheDocument();
    expect(within(dialog).getByText('Enter the start of the window.')).toBeInTheDocument();
    expect(within(dialog).getByText('Enter the end of the window.')).toBeInTheDocument();
    expect(posts(fetchMock)).toEqual([]);

    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Year-end freeze');
    await user.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'Peak trading');
    await user.type(within(dialog).getByRole('combobox', { name: 'Scoped to' }), 'Web');
    await user.click(await screen.findByRole('option', { name: 'CI-00001 · Web shop' }));
    fireEvent.change(within(dialog).getByLabelText(/^Starts/), {
      target: { value: '2026-12-20T00:00' },
    });
    fireEvent.change(within(dialog).getByLabelText(/^Ends/), {
      target: { value: '2026-12-19T00:00' },
    });
    await user.click(within(dialog).getByRole('button', { name: 'Create blackout' }));
    expect(await within(dialog).findByText('The end must be after the start.')).toBeInTheDocument();

    fireEvent.change(within(dialog).getByLabelText(/^Ends/), {
      target: { value: '2027-01-04T00:00' },
    });
    // Choosing the zone already chosen keeps it.
    const zonePicker = within(dialog).getByRole('combobox', { name: 'Time zone' });
    await user.click(zonePicker);
    await user.click(await screen.findByRole('option', { name: browserTimeZone() }));
    expect(zonePicker).toHaveValue(browserTimeZone());
    await user.click(within(dialog).getByRole('button', { name: 'Create blackout' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const zone = browserTimeZone();
    expect(bodyOf(posts(fetchMock)[0]?.[1])).toEqual({
      name: 'Year-end freeze',
      reason: 'Peak trading',
      scope: 'CI-00001',
      startsAt: wallTimeToIso('2026-12-20T00:00', zone),
      endsAt: wallTimeToIso('2027-01-04T00:00', zone),
    });
  });

  it("shows the server's field errors next to their fields", async () => {
    document.cookie = 'XSRF-TOKEN=t';
    mockFetch({
      ...lists,
      ...search,
      'POST /api/blackout-windows': () =>
        jsonResponse(
          {
            title: 'Invalid request',
            status: 400,
            detail: 'The blackout window is not valid.',
            errors: [{ field: 'scope', message: 'There is no configuration item CI-00001.' }],
          },
          { status: 400, contentType: 'application/problem+json' },
        ),
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<WindowsPage canEdit />);

    await user.click(await screen.findByRole('button', { name: 'New blackout window' }));
    const dialog = await screen.findByRole('dialog', { name: 'New blackout window' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Freeze');
    await user.click(within(dialog).getByRole('radio', { name: /A configuration item/ }));
    await user.type(within(dialog).getByRole('combobox', { name: 'Scoped to' }), 'Web');
    await user.click(await screen.findByRole('option', { name: 'CI-00001 · Web shop' }));
    fireEvent.change(within(dialog).getByLabelText(/^Starts/), {
      target: { value: '2026-12-20T00:00' },
    });
    fireEvent.change(within(dialog).getByLabelText(/^Ends/), {
      target: { value: '2026-12-21T00:00' },
    });
    await user.click(within(dialog).getByRole('button', { name: 'Create blackout' }));

    expect(
      await within(dialog).findByText('There is no configuration item CI-00001.'),
    ).toBeInTheDocument();
    expect(within(dialog).getByText('The blackout window is not valid.')).toBeInTheDocument();
    expect(within(dialog).getByRole('combobox', { name: 'Scoped to' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });

  it('declares a weekly maintenance window', async () => {
    document.cookie = 'XSRF-TOKEN=t';
    const fetchMock = mockFetch({
      ...lists,
      'POST /api/maintenance-windows': () => jsonResponse(aMaintenanceWindow(), { status: 201 }),
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<WindowsPage canEdit />);

    await user.click(await screen.findByRole('button', { name: 'New maintenance window' }));
    const dialog = await screen.findByRole('dialog', { name: 'New maintenance window' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Sunday nights');
    const duration = within(dialog).getByRole('textbox', { name: 'Duration (minutes)' });
    await user.clear(duration);
    await user.type(duration, '180');
    await user.click(within(dialog).getByRole('button', { name: 'Create maintenance window' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(bodyOf(posts(fetchMock)[0]?.[1])).toEqual({
      name: 'Sunday nights',
      scope: null,
      recurrence: 'WEEKLY',
      dayOfWeek: 'SUNDAY',
      startTime: '02:00',
      durationMinutes: 180,
      timeZone: browserTimeZone(),
    });
  });

  it('deletes a blackout after confirmation', async () => {
    document.cookie = 'XSRF-TOKEN=t';
    const id = aBlackoutWindow().id;
    const fetchMock = mockFetch({
      ...lists,
      [`DELETE /api/blackout-windows/${id}`]: () => new Response(null, { status: 204 }),
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<WindowsPage canEdit />);

    await user.click(await screen.findByRole('button', { name: 'Delete Year-end freeze' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Year-end freeze?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    await waitFor(() =>
      expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'DELETE')).toBe(true),
    );
  });
});
