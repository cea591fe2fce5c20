import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { zGetPeopleResponse } from '@/api/generated/zod.gen';
import { contractFixture } from '@/testing/contract-fixture';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';

import { aRelease } from '../testing/fixtures';

import { ReleaseDetail } from './release-detail';

// bpmn-js cannot render in jsdom: the lazy viewer module is replaced.
vi.mock('@/components/process-diagram/bpmn-viewer', () => ({
  openDiagram: async () => ({
    mark: () => [],
    names: (ids: string[]) => ids,
    zoom: () => {},
    fit: () => {},
    destroy: () => {},
  }),
}));

const rita = { username: 'rita', roles: ['RELEASE_ENGINEER'] as const };
const carla = { username: 'carla', roles: ['CHANGE_MANAGER'] as const };

const START_TASK_ID = '7a7a7a7a-0000-4000-8000-000000000007';
const startTask = {
  id: START_TASK_ID,
  kind: 'START_ROLLOUT',
  title: 'Start rollout',
  candidateGroups: ['RELEASE_ENGINEER'],
};
const REFUSAL =
  'CHG-000042 is approved for 8 Dec 2026 22:00–23:30 Europe/Berlin; now is outside that window.';
const REASON = 'Security fix; the service owner agreed to go tonight';

const refused = (overrides: Record<string, unknown> = {}) =>
  aRelease({
    state: 'READY_TO_ROLL_OUT',
    openTasks: [startTask],
    rolloutRefusal: REFUSAL,
    ...overrides,
  });

const people = () =>
  jsonResponse(
    contractFixture(zGetPeopleResponse, [{ username: 'carla', displayName: 'Carla Manager' }]),
  );

describe('RolloutWindow on the release page', () => {
  it('tells the release engineer why the rollout cannot start now, and who can override', () => {
    renderWithProviders(<ReleaseDetail release={refused()} viewer={rita} />);

    const alert = screen.getByRole('alert', { name: 'The rollout cannot start now' });
    expect(within(alert).getByText(REFUSAL)).toBeInTheDocument();
    expect(
      within(alert).getByText('A change manager can record a window override.'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Record window override' }),
    ).not.toBeInTheDocument();
  });

  it("shows the server's reason when starting the rollout is refused", async () => {
    document.cookie = 'XSRF-TOKEN=t';
    mockFetch({
      [`POST /api/tasks/${START_TASK_ID}/complete`]: () =>
        problemResponse({
          status: 409,
          title: 'Outside the change window',
          detail: `The rollout of REL-2026.11-3 cannot start now. ${REFUSAL} A change manager can record a window override.`,
        }),
    });
    const user = userEvent.setup();
    renderWithProviders(
      <ReleaseDetail release={refused({ rolloutRefusal: null })} viewer={rita} />,
    );

    await user.click(screen.getByRole('button', { name: 'Start rollout' }));

    expect(
      await screen.findByText(
        /The rollout of REL-2026.11-3 cannot start now\. CHG-000042 is approved/,
      ),
    ).toBeInTheDocument();
  });

  it('lets a change manager record a window override with a reason, then shows who and why', async () => {
    document.cookie = 'XSRF-TOKEN=t';
    const fetchMock = mockFetch({
      'POST /api/releases/REL-2026.11-3/rollout-override': () =>
        jsonResponse(
          refused({
            overrides: [
              { by: 'carla', reason: REASON, refusal: REFUSAL, at: '2026-11-29T10:00:00Z' },
            ],
          }),
        ),
    });
    const user = userEvent.setup();
    renderWithProviders(<ReleaseDetail release={refused()} viewer={carla} />);

    await user.click(screen.getByRole('button', { name: 'Record window override' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Record override' }));
    expect(await within(dialog).findByText('Enter a reason.')).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox'), REASON);
    await user.click(within(dialog).getByRole('button', { name: 'Record override' }));

    await vi.waitFor(() =>
      expect(
        fetchMock.mock.calls.some(
          ([url, init]) =>
            String(url).endsWith('/rollout-override') &&
            JSON.parse(String(init?.body)).reason === REASON,
        ),
      ).toBe(true),
    );
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('shows who overrode the window and why, and offers no second override', async () => {
    mockFetch({ 'GET /api/people': people });
    renderWithProviders(
      <ReleaseDetail
        release={refused({
          overrides: [
            { by: 'carla', reason: REASON, refusal: REFUSAL, at: '2026-11-29T10:00:00Z' },
          ],
        })}
        viewer={carla}
      />,
    );

    const alert = screen.getByRole('alert', { name: 'Rollout allowed by a window override' });
    expect(within(alert).getByText(REFUSAL)).toBeInTheDocument();
    expect(
      await within(alert).findByText(`Window override by Carla Manager: ${REASON}`),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Record window override' }),
    ).not.toBeInTheDocument();
  });

  it('shows nothing once the windows are fine', () => {
    renderWithProviders(
      <ReleaseDetail release={refused({ rolloutRefusal: null })} viewer={carla} />,
    );

    expect(screen.queryByText('The rollout cannot start now')).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Record window override' }),
    ).not.toBeInTheDocument();
  });

  it('puts the override on the timeline as one sentence', async () => {
    mockFetch({ 'GET /api/people': people });
    const user = userEvent.setup();
    renderWithProviders(
      <ReleaseDetail
        release={aRelease({
          state: 'ROLLING_OUT',
          history: [
            {
              at: '2026-11-29T10:00:00Z',
              elementId: 'rollout_override',
              stepName: 'Window override',
              actor: 'carla',
              outcome: 'override',
              detail: REASON,
            },
          ],
        })}
        viewer={rita}
      />,
    );

    await user.click(screen.getByRole('tab', { name: 'Timeline' }));

    expect(
      await screen.findByText(`Window override by Carla Manager: ${REASON}`),
    ).toBeInTheDocument();
  });
});
