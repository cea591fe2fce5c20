import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { jsonResponse, mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';

import { zTaskView } from '@/api/generated/zod.gen';
import { contractFixture } from '@/testing/contract-fixture';

import { aRelease, aWaveProgress, SHA } from '../testing/fixtures';

const START_TASK_ID = '7a7a7a7a-0000-4000-8000-000000000007';
const ACCEPT_TASK_ID = '3a3a3a3a-0000-4000-8000-000000000003';
const ACCEPT_RE_TASK_ID = '3a3a3a3a-0000-4000-8000-000000000001';
const ACCEPT_CM_TASK_ID = '3a3a3a3a-0000-4000-8000-000000000002';

import { ReleaseDetail } from './release-detail';

// bpmn-js cannot render in jsdom: the lazy viewer module is replaced.
const diagram = vi.hoisted(() => ({
  mark: vi.fn(() => ['Deploy wave']),
  names: vi.fn((ids: string[]) =>
    ids.map((id) => (id === 'wave_deploy_failed' ? 'Deploy failed' : id)),
  ),
  zoom: vi.fn(),
  fit: vi.fn(),
  destroy: vi.fn(),
}));
vi.mock('@/components/process-diagram/bpmn-viewer', () => ({
  openDiagram: async () => diagram,
}));

const rita = { username: 'rita', roles: ['RELEASE_ENGINEER'] as const };
const carla = { username: 'carla', roles: ['CHANGE_MANAGER'] as const };

const view = (overrides: Record<string, unknown> = {}) => aRelease(overrides);

const startTask = {
  id: START_TASK_ID,
  kind: 'START_ROLLOUT',
  title: 'Start rollout',
  candidateGroups: ['RELEASE_ENGINEER'],
};
const bodyOf = (init: RequestInit | undefined) => JSON.parse(String(init?.body)) as unknown;

describe('ReleaseDetail', () => {
  it('shows the header with state and current step, and the overview', () => {
    renderWithProviders(
      <ReleaseDetail
        release={view({ state: 'AWAITING_ACCEPTANCE', currentStepName: 'Accept release' })}
        viewer={carla}
      />,
    );

    expect(screen.getByRole('heading', { name: 'November shop release' })).toBeInTheDocument();
    expect(screen.getByText('REL-2026.11-3')).toBeInTheDocument();
    expect(screen.getByText('Awaiting acceptance')).toBeInTheDocument();
    expect(screen.getByText('Accept release')).toBeInTheDocument();
    expect(screen.getByText('Redeploy the previous version.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit details' })).not.toBeInTheDocument();
  });

  it('completes the open START_ROLLOUT task with "Start rollout"', async () => {
    document.cookie = 'XSRF-TOKEN=t';
    const fetchMock = mockFetch({
      [`POST /api/tasks/${START_TASK_ID}/complete`]: () =>
        jsonResponse(
          contractFixture(zTaskView, {
            id: START_TASK_ID,
            kind: 'START_ROLLOUT',
            state: 'COMPLETED',
            outcome: 'start',
            createdAt: '2026-11-28T20:00:00Z',
            candidateGroups: ['RELEASE_ENGINEER'],
            candidateUsers: [],
            approverRoles: [],
            allowedToComplete: false,
            claimable: false,
            unclaimable: false,
            delegable: false,
            overdue: false,
            version: 2,
          }),
        ),
    });
    const user = userEvent.setup();
    renderWithProviders(
      <ReleaseDetail
        release={view({ state: 'READY_TO_ROLL_OUT', openTasks: [startTask] })}
        viewer={rita}
      />,
    );

    await user.click(screen.getByRole('button', { name: 'Start rollout' }));

    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledOnce());
    expect(bodyOf(fetchMock.mock.calls[0]?.[1])).toEqual({ decision: 'start' });
  });

  it('hides "Start rollout" without the open task or from other roles', () => {
    const { unmount } = renderWithProviders(
      <ReleaseDetail release={view({ state: 'READY_TO_ROLL_OUT', openTasks: [] })} viewer={rita} />,
    );
    expect(screen.queryByRole('button', { name: 'Start rollout' })).not.toBeInTheDocument();
    unmount();

    renderWithProviders(
      <ReleaseDetail
        release={view({ state: 'READY_TO_ROLL_OUT', openTasks: [startTask] })}
        viewer={carla}
      />,
    );
    expect(screen.queryByRole('button', { name: 'Start rollout' })).not.toBeInTheDocument();
  });

  it('links the acceptance task to its inbox page', () => {
    renderWithProviders(
      <ReleaseDetail
        release={view({
          state: 'AWAITING_ACCEPTANCE',
          openTasks: [
            {
              id: ACCEPT_TASK_ID,
              kind: 'ACCEPT_RELEASE',
              title: 'Accept release',
              candidateGroups: ['CHANGE_MANAGER'],
            },
          ],
        })}
        viewer={carla}
      />,
    );

    expect(screen.getByRole('link', { name: 'Accept release' })).toHaveAttribute(
      'href',
      `/inbox/${ACCEPT_TASK_ID}`,
    );
  });

  it('shows one "Accept release", the one offered to the viewer\'s role', () => {
    renderWithProviders(
      <ReleaseDetail
        release={view({
          state: 'AWAITING_ACCEPTANCE',
          openTasks: [
            {
              id: ACCEPT_RE_TASK_ID,
              kind: 'ACCEPT_RELEASE',
              title: 'Accept release',
              candidateGroups: ['RELEASE_ENGINEER'],
            },
            {
              id: ACCEPT_CM_TASK_ID,
              kind: 'ACCEPT_RELEASE',
              title: 'Accept release',
              candidateGroups: ['CHANGE_MANAGER'],
            },
          ],
        })}
        viewer={carla}
      />,
    );

    const links = screen.getAllByRole('link', { name: 'Accept release' });
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAttribute('href', `/inbox/${ACCEPT_CM_TASK_ID}`);
  });

  it('links each change of the release to its page', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ReleaseDetail release={view()} viewer={rita} />);

    await user.click(screen.getByRole('tab', { name: /Changes/ }));

    const key = view().changes[0]!.key;
    expect(await screen.findByRole('link', { name: key })).toHaveAttribute(
      'href',
      `/changes/${key}`,
    );
  });

  it('offers "Back out" only while rolling out, and asks for a reason first', async () => {
    document.cookie = 'XSRF-TOKEN=t';
    const fetchMock = mockFetch({
      'POST /api/releases/REL-2026.11-3/back-out': () =>
        jsonResponse(aRelease({ state: 'BACKING_OUT' })),
    });
    const user = userEvent.setup();
    const { unmount } = renderWithProviders(
      <ReleaseDetail release={view({ state: 'READY_TO_ROLL_OUT' })} viewer={rita} />,
    );
    expect(screen.queryByRole('button', { name: 'Back out' })).not.toBeInTheDocument();
    unmount();
    renderWithProviders(<ReleaseDetail release={view({ state: 'ROLLING_OUT' })} viewer={rita} />);

    await user.click(screen.getByRole('button', { name: 'Back out' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Back out' }));
    expect(await within(dialog).findByText('Enter a reason.')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();

    await user.type(
      within(dialog).getByRole('textbox', { name: 'Reason' }),
      'Error rate above budget',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Back out' }));

    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledOnce());
    expect(bodyOf(fetchMock.mock.calls[0]?.[1])).toEqual({ reason: 'Error rate above budget' });
  });

  it('builds a planned release', async () => {
    document.cookie = 'XSRF-TOKEN=t';
    const fetchMock = mockFetch({
      'POST /api/releases/REL-2026.11-3/build': () => jsonResponse(aRelease({ state: 'BUILDING' })),
    });
    const user = userEvent.setup();
    renderWithProviders(<ReleaseDetail release={view()} viewer={rita} />);

    expect(screen.getByRole('button', { name: 'Edit details' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Build' }));

    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledOnce());
  });

  it('shows the wave progress above the tabs once the rollout runs', () => {
    renderWithProviders(
      <ReleaseDetail
        release={view({
          state: 'ROLLING_OUT',
          waveProgress: [
            aWaveProgress({ state: 'DONE', durationMs: 42_000 }),
            aWaveProgress({ wave: 'everyone', state: 'DEPLOYING', percent: 100 }),
          ],
        })}
        viewer={carla}
      />,
    );

    expect(screen.getByRole('row', { name: 'Wave canary' })).toHaveTextContent('Done');
    expect(screen.getByRole('row', { name: 'Wave everyone' })).toHaveTextContent('Deploying');
    expect(screen.getByText('1 of 2 waves done')).toBeInTheDocument();
  });

  it('says why a backed-out release was backed out, above its waves', () => {
    renderWithProviders(
      <ReleaseDetail
        release={view({
          state: 'BACKED_OUT',
          endedAt: '2026-11-28T21:12:00Z',
          backout: {
            wave: 'staging',
            reason: 'Verification failed: error rate 4.2% above the 1.0% budget',
            summary:
              'Backed out at wave staging: verification failed: error rate 4.2% above the 1.0% budget',
          },
          waveProgress: [
            aWaveProgress({
              wave: 'staging',
              state: 'FAILED',
              outcome: 'Verification failed: error rate 4.2% above the 1.0% budget; rolled back',
            }),
          ],
        })}
        viewer={carla}
      />,
    );

    expect(screen.getByRole('alert')).toHaveTextContent(
      'Why it was backed outBacked out at wave staging: verification failed: error rate 4.2% above the 1.0% budget',
    );
    expect(screen.getByRole('row', { name: 'Wave staging' })).toHaveTextContent(
      'Verification failed: error rate 4.2% above the 1.0% budget; rolled back',
    );
  });

  it('lists artifacts with their full SHA-256 and a copy button', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ReleaseDetail release={view({ artifactsLocked: true })} viewer={rita} />);

    await user.click(screen.getByRole('tab', { name: 'Artifacts' }));

    expect(screen.getByText(SHA)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy SHA-256 of shop-api' })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Register artifact' })).not.toBeInTheDocument();
  });

  it('shows passed and failed tests', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <ReleaseDetail
        release={view({ state: 'AWAITING_ACCEPTANCE', testResults: { passed: 48, failed: 2 } })}
        viewer={carla}
      />,
    );

    await user.click(screen.getByRole('tab', { name: 'Tests' }));

    expect(screen.getByText('48 passed')).toBeInTheDocument();
    expect(screen.getByText('2 failed')).toBeInTheDocument();
  });

  it('shows the release process with the current step, the path taken and the failure', async () => {
    mockFetch({
      'GET /api/processes/release/diagram': () =>
        new Response('<definitions/>', { headers: { 'Content-Type': 'application/xml' } }),
    });
    const user = userEvent.setup();
    renderWithProviders(
      <ReleaseDetail
        release={view({
          state: 'BACKING_OUT',
          currentStep: 'backout_wave',
          visitedElements: [
            'release_started',
            'deploy_wave',
            'deploy_finished',
            'wave_deploy_failed',
            'back_out',
          ],
          history: [
            {
              at: '2026-11-28T21:00:00Z',
              elementId: 'deploy_wave',
              stepName: 'Deploy wave',
              wave: 'canary',
            },
            {
              at: '2026-11-28T21:01:00Z',
              elementId: 'deploy_finished',
              stepName: 'Deployed',
              wave: 'canary',
            },
            {
              at: '2026-11-28T21:02:00Z',
              elementId: 'back_out',
              stepName: 'Back out',
              state: 'BACKING_OUT',
              outcome: 'rollout_failed',
            },
          ],
        })}
        viewer={carla}
      />,
    );

    await user.click(screen.getByRole('tab', { name: 'Diagram' }));

    await vi.waitFor(() =>
      expect(diagram.mark).toHaveBeenLastCalledWith({
        current: ['backout_wave'],
        visited: [
          'release_started',
          'deploy_wave',
          'deploy_finished',
          'wave_deploy_failed',
          'back_out',
        ],
        failed: ['wave_deploy_failed'],
      }),
    );
    expect(screen.getByRole('figure', { name: /current step: Deploy wave/ })).toBeInTheDocument();
    // The step's name from the model, not its id.
    expect(screen.getByTestId('diagram-text')).toHaveTextContent('failed at Deploy failed');
  });
});
