import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { mockFetch, problemResponse } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';

import { ProcessDiagram } from './process-diagram';

// The lazy viewer module is replaced: jsdom cannot render bpmn-js (the e2e tests do).
const viewer = vi.hoisted(() => ({
  mark: vi.fn((marks: { current: string[] }) =>
    marks.current.map((id) => (id === 'cab_vote' ? 'CAB vote' : id)),
  ),
  names: vi.fn((ids: string[]) =>
    ids.map((id) => (id === 'wave_unhealthy' ? 'Wave unhealthy' : id)),
  ),
  zoom: vi.fn(),
  fit: vi.fn(),
  destroy: vi.fn(),
}));
const openDiagram = vi.hoisted(() => vi.fn());
vi.mock('./bpmn-viewer', () => ({ openDiagram }));

const XML = '<bpmn:definitions id="change_request"/>';

function serveDiagram() {
  return mockFetch({
    'GET /api/processes/change_request/diagram': () =>
      new Response(XML, { headers: { 'Content-Type': 'application/xml' } }),
  });
}

describe('ProcessDiagram', () => {
  beforeEach(() => {
    vi.clearAllMocks();
    openDiagram.mockImplementation(async () => viewer);
  });

  it('renders the fetched model and marks the current and visited steps', async () => {
    serveDiagram();
    renderWithProviders(
      <ProcessDiagram
        processId="change_request"
        currentElementIds={['cab_vote']}
        visitedElementIds={['rfc_submitted', 'review_rfc']}
      />,
    );

    const image = await screen.findByRole('figure', {
      name: 'Process diagram of change_request, current step: CAB vote',
    });
    expect(openDiagram).toHaveBeenCalledWith(image, XML);
    expect(viewer.mark).toHaveBeenLastCalledWith({
      current: ['cab_vote'],
      visited: ['rfc_submitted', 'review_rfc'],
      failed: [],
    });
    expect(screen.getByTestId('diagram-text')).toHaveTextContent(
      'Current step: CAB vote · 2 steps passed',
    );
  });

  it('draws the model version the instance runs, not the newest one', async () => {
    const V1 = '<bpmn:definitions id="change_request_v1"/>';
    mockFetch({
      'GET /api/processes/change_request/diagram?version=1': () =>
        new Response(V1, { headers: { 'Content-Type': 'application/xml' } }),
      'GET /api/processes/change_request/diagram': () =>
        new Response(XML, { headers: { 'Content-Type': 'application/xml' } }),
    });
    renderWithProviders(
      <ProcessDiagram
        processId="change_request"
        modelVersion={1}
        currentElementIds={['cab_vote']}
        visitedElementIds={[]}
      />,
    );

    const image = await screen.findByRole('figure', {
      name: 'Process diagram of change_request, current step: CAB vote',
    });
    expect(openDiagram).toHaveBeenCalledWith(image, V1);
    expect(screen.getByTestId('diagram-text')).toHaveTextContent('model version 1');
  });

  it('moves the markers when the instance moves on, without drawing the model again', async () => {
    serveDiagram();
    function MovingInstance() {
      const [moved, setMoved] = useState(false);
      return (
        <>
          <button onClick={() => setMoved(true)}>move on</button>
          <ProcessDiagram
            processId="change_request"
            currentElementIds={moved ? ['schedule_change'] : ['cab_vote']}
            visitedElementIds={moved ? ['review_rfc', 'cab_vote'] : ['review_rfc']}
            failedElementIds={moved ? ['build_release'] : []}
          />
        </>
      );
    }
    renderWithProviders(<MovingInstance />);
    await screen.findByRole('figure', { name: /current step: CAB vote/ });

    await userEvent.click(screen.getByRole('button', { name: 'move on' }));

    await waitFor(() =>
      expect(viewer.mark).toHaveBeenLastCalledWith({
        current: ['schedule_change'],
        visited: ['review_rfc', 'cab_vote'],
        failed: ['build_release'],
      }),
    );
    expect(openDiagram).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('figure')).toHaveAccessibleName(
      'Process diagram of change_request, current step: schedule_change',
    );
  });

  it('zooms and fits on request', async () => {
    serveDiagram();
    renderWithProviders(
      <ProcessDiagram processId="change_request" currentElementIds={[]} visitedElementIds={[]} />,
    );
    const zoomIn = screen.getByRole('button', { name: 'Zoom in' });
    await waitFor(() => expect(zoomIn).toBeEnabled());

    await userEvent.click(zoomIn);
    await userEvent.click(screen.getByRole('button', { name: 'Zoom out' }));
    await userEvent.click(screen.getByRole('button', { name: 'Fit' }));

    expect(viewer.zoom.mock.calls).toEqual([[1.25], [0.8]]);
    expect(viewer.fit).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('diagram-text')).toHaveTextContent('No current step');
  });

  it('falls back to text when the model cannot be loaded', async () => {
    mockFetch({
      'GET /api/processes/change_request/diagram': () =>
        problemResponse({ status: 404, title: 'Not Found', detail: 'No process change_request' }),
    });
    renderWithProviders(
      <ProcessDiagram
        processId="change_request"
        currentElementIds={['cab_vote']}
        visitedElementIds={[]}
      />,
    );

    expect(await screen.findByText('Could not load the process diagram')).toBeInTheDocument();
    expect(screen.getByText(/No process change_request/)).toHaveTextContent(
      'current step: cab_vote',
    );
    expect(openDiagram).not.toHaveBeenCalled();
  });

  it('says so when the model cannot be drawn', async () => {
    serveDiagram();
    openDiagram.mockRejectedValue(new Error('unparsable content'));
    renderWithProviders(
      <ProcessDiagram
        processId="change_request"
        currentElementIds={['cab_vote']}
        visitedElementIds={[]}
      />,
    );

    expect(await screen.findByText('unparsable content')).toBeInTheDocument();
    expect(screen.getByTestId('diagram-text')).toHaveTextContent('Current step: cab_vote');
  });
});
