import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { zFeedTokenView } from '@/api/generated/zod.gen';
import { contractFixture } from '@/testing/contract-fixture';
import { jsonResponse, mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';

import {
  aBlackout,
  aCalendar,
  aCalendarEntry,
  aMaintenance,
  aSameCiConflict,
} from '../testing/fixtures';

import { CalendarPage } from './calendar-page';

// 8 Dec 2026, 12:00 UTC: "today" of these tests.
const NOW = Date.parse('2026-12-08T12:00:00Z');
const noCis = { items: [], next: null };
const pickers = {
  'GET /api/cis?limit=20': () => jsonResponse(noCis),
  'GET /api/cis?type=BUSINESS_SERVICE&limit=20': () => jsonResponse(noCis),
};

function calendarKey(from: string, to: string, filters = '') {
  return `GET /api/calendar?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}${filters}`;
}

// December 2026 as a month grid runs from Monday 30 November to Sunday 3 January.
const DECEMBER = calendarKey('2026-11-30T00:00:00+00:00', '2027-01-04T00:00:00+00:00');

const cell = (name: string) => screen.getByRole('listitem', { name });

describe('CalendarPage', () => {
  it('puts each change, release and window in its day cells and marks conflicts', async () => {
    mockFetch({
      ...pickers,
      [DECEMBER]: () =>
        jsonResponse(
          aCalendar(
            [
              aMaintenance(),
              aCalendarEntry({ conflicts: [aSameCiConflict('CHG-000043')] }),
              aCalendarEntry({
                id: 'CHG-000043',
                title: 'Reindex the orders database',
                start: '2026-12-08T23:00:00Z',
                end: '2026-12-09T01:00:00Z',
                conflicts: [aSameCiConflict('CHG-000042')],
              }),
              aCalendarEntry({
                kind: 'RELEASE',
                id: 'REL-2026.12-1',
                title: 'December release',
                start: '2026-12-10T20:00:00Z',
                end: '2026-12-10T22:00:00Z',
                state: 'PLANNED',
                changeClass: null,
                changeKeys: ['CHG-000042'],
              }),
              aCalendarEntry({
                id: 'CHG-000050',
                title: 'Rotate the TLS certificate',
                start: '2026-12-15T09:00:00Z',
                end: '2026-12-15T10:00:00Z',
                cis: ['CI-00008'],
              }),
              aBlackout(),
            ],
            '2026-11-30T00:00:00Z',
            '2027-01-04T00:00:00Z',
          ),
        ),
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<CalendarPage zone="UTC" now={NOW} />, { route: '/calendar' });

    expect(await screen.findByRole('heading', { name: 'December 2026' })).toBeInTheDocument();
    const tuesday = await screen.findByRole('listitem', { name: 'Tuesday 8 December 2026' });
    expect(within(tuesday).getByRole('link', { name: 'CHG-000042' })).toHaveAttribute(
      'href',
      '/changes/CHG-000042',
    );
    expect(within(tuesday).getByText('Upgrade the orders database')).toBeInTheDocument();
    expect(within(tuesday).getByText('22:00')).toBeInTheDocument();
    expect(tuesday).toHaveAttribute('aria-current', 'date');
    // A window past midnight shows on both days it touches.
    const wednesday = cell('Wednesday 9 December 2026');
    expect(within(wednesday).getByRole('link', { name: 'CHG-000043' })).toBeInTheDocument();
    expect(within(cell('Monday 7 December 2026')).queryByRole('link')).not.toBeInTheDocument();
    expect(within(cell('Tuesday 15 December 2026')).getByRole('link', { name: 'CHG-000050' }));
    expect(
      within(cell('Tuesday 15 December 2026')).queryByRole('button', { name: /conflict/ }),
    ).not.toBeInTheDocument();

    expect(
      within(cell('Thursday 10 December 2026')).getByRole('link', {
        name: 'Release REL-2026.12-1',
      }),
    ).toHaveAttribute('href', '/releases/REL-2026.12-1');

    // The conflict mark, and its sentence on click.
    await user.click(within(tuesday).getByRole('button', { name: '1 conflict of CHG-000042' }));
    expect(
      await screen.findByText('CHG-000043 changes orders-db (CI-00004) at the same time.'),
    ).toBeInTheDocument();

    // A freeze is shaded and named on every day it covers; maintenance shows lightly.
    const frozen = cell('Monday 21 December 2026');
    expect(within(frozen).getByText('Blackout: Year-end freeze (Web shop)')).toBeInTheDocument();
    expect(frozen).toHaveAttribute('data-frozen', 'true');
    expect(cell('Sunday 3 January 2027')).toHaveAttribute('data-frozen', 'true');
    expect(cell('Saturday 19 December 2026')).not.toHaveAttribute('data-frozen');
    expect(
      within(cell('Sunday 6 December 2026')).getByText('Maintenance: Sunday night maintenance'),
    ).toBeInTheDocument();
    expect(within(cell('Sunday 6 December 2026')).getByText('02:00–06:00')).toBeInTheDocument();
  });

  it('reads days in the reader’s time zone', async () => {
    // Berlin is an hour ahead: 23:30 UTC on the 8th is 00:30 on the 9th.
    mockFetch({
      ...pickers,
      [calendarKey('2026-11-30T00:00:00+01:00', '2027-01-04T00:00:00+01:00')]: () =>
        jsonResponse(
          aCalendar(
            [
              aCalendarEntry({
                start: '2026-12-08T23:30:00Z',
                end: '2026-12-09T00:30:00Z',
              }),
            ],
            '2026-11-29T23:00:00Z',
            '2027-01-03T23:00:00Z',
          ),
        ),
    });
    renderWithProviders(<CalendarPage zone="Europe/Berlin" now={NOW} />, { route: '/calendar' });

    const wednesday = await screen.findByRole('listitem', { name: 'Wednesday 9 December 2026' });
    expect(await within(wednesday).findByRole('link', { name: 'CHG-000042' })).toBeInTheDocument();
    expect(within(wednesday).getByText('00:30')).toBeInTheDocument();
    expect(
      within(cell('Tuesday 8 December 2026')).queryByRole('link', { name: 'CHG-000042' }),
    ).not.toBeInTheDocument();
  });

  it('sends the filters from the address and lists conflicts with their sentences', async () => {
    const list = calendarKey(
      '2026-12-01T00:00:00+00:00',
      '2027-01-01T00:00:00+00:00',
      '&ci=CI-00004&team=data',
    );
    mockFetch({
      ...pickers,
      [list]: () =>
        jsonResponse(
          aCalendar(
            [aCalendarEntry({ conflicts: [aSameCiConflict('CHG-000043')] }), aBlackout()],
            '2026-12-01T00:00:00Z',
            '2027-01-01T00:00:00Z',
          ),
        ),
    });
    renderWithProviders(<CalendarPage zone="UTC" now={NOW} />, {
      route: '/calendar?view=list&ci=CI-00004&team=data',
    });

    const table = await screen.findByRole('table', { name: 'Scheduled' });
    const change = within(table).getByRole('link', { name: 'CHG-000042' }).closest('tr')!;
    expect(within(change).getByText('1 conflict')).toBeInTheDocument();
    expect(
      within(change).getByText('CHG-000043 changes orders-db (CI-00004) at the same time.'),
    ).toBeInTheDocument();
    expect(within(change).getByText('Ready for release')).toBeInTheDocument();
    const freeze = within(table).getByText('Year-end freeze').closest('tr')!;
    expect(within(freeze).getByText('Blackout')).toBeInTheDocument();
    expect(
      within(freeze).getByText('For Web shop and what it depends on · Peak trading'),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Team' })).toHaveValue('data');
  });

  it('moves to the next week', async () => {
    const fetchMock = mockFetch({
      ...pickers,
      [calendarKey('2026-12-07T00:00:00+00:00', '2026-12-14T00:00:00+00:00')]: () =>
        jsonResponse(aCalendar([aCalendarEntry()], '2026-12-07T00:00:00Z', '2026-12-14T00:00:00Z')),
      [calendarKey('2026-12-14T00:00:00+00:00', '2026-12-21T00:00:00+00:00')]: () =>
        jsonResponse(aCalendar([], '2026-12-14T00:00:00Z', '2026-12-21T00:00:00Z')),
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<CalendarPage zone="UTC" now={NOW} />, { route: '/calendar?view=week' });

    const tuesday = await screen.findByRole('listitem', { name: 'Tuesday 8 December 2026' });
    expect(await within(tuesday).findByText('22:00–23:30')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '7 Dec 2026 – 13 Dec 2026' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Next week' }));

    expect(
      await screen.findByRole('heading', { name: '14 Dec 2026 – 20 Dec 2026' }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(fetchMock.mock.calls.some(([url]) => String(url).includes('2026-12-21'))).toBe(true),
    );
    expect(
      await screen.findByRole('listitem', { name: 'Monday 14 December 2026' }),
    ).toBeInTheDocument();
  });

  it('shows a new feed address with copy buttons after "New link"', async () => {
    document.cookie = 'XSRF-TOKEN=t';
    mockFetch({
      ...pickers,
      [DECEMBER]: () => jsonResponse(aCalendar([], '2026-11-30T00:00:00Z', '2027-01-04T00:00:00Z')),
      'GET /api/calendar/feed-token': () =>
        jsonResponse(contractFixture(zFeedTokenView, { active: false, teamFeeds: [] })),
      'POST /api/calendar/feed-token': () =>
        jsonResponse(
          contractFixture(zFeedTokenView, {
            active: true,
            createdAt: '2026-12-08T12:00:00Z',
            token: 'tok123',
            personalFeed: '/api/calendar.ics?token=tok123',
            teamFeeds: [{ team: 'data', path: '/api/calendar/teams/data.ics?token=tok123' }],
          }),
        ),
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<CalendarPage zone="UTC" now={NOW} />, { route: '/calendar' });

    await user.click(await screen.findByRole('button', { name: 'Subscribe' }));
    const dialog = await screen.findByRole('dialog', { name: 'Subscribe to the calendar' });
    expect(await within(dialog).findByText('You have no feed address yet.')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'New link' }));

    const origin = window.location.origin;
    expect(await within(dialog).findByRole('textbox', { name: 'Your feed' })).toHaveValue(
      `${origin}/api/calendar.ics?token=tok123`,
    );
    expect(within(dialog).getByRole('textbox', { name: 'Team data' })).toHaveValue(
      `${origin}/api/calendar/teams/data.ics?token=tok123`,
    );
    expect(within(dialog).getByRole('button', { name: 'Copy Your feed' })).toBeInTheDocument();
    expect(within(dialog).getByText(/they are shown only once/)).toBeInTheDocument();
  });
});
