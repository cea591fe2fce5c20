import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { jsonResponse, mockFetch, problemResponse } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';

import { aTask } from '../testing/fixtures';

import { TaskPanel } from './task-panel';

const ID = '5b9d6c1e-0000-4000-8000-000000000001';
const COMPLETE = `POST /api/tasks/${ID}/complete`;

function renderPanel(
  overrides: Record<string, unknown> = {},
  extra: Partial<Parameters<typeof TaskPanel>[0]> = {},
) {
  const onCompleted = vi.fn();
  renderWithProviders(
    <TaskPanel
      task={aTask(overrides)}
      editHref="/changes/CHG-000042/edit"
      onCompleted={onCompleted}
      {...extra}
    />,
  );
  return onCompleted;
}

const bodyOf = (init: RequestInit | undefined) => JSON.parse(String(init?.body)) as unknown;

describe('TaskPanel', () => {
  it('wants a comment before a CAB member may reject', async () => {
    document.cookie = 'XSRF-TOKEN=t';
    const fetchMock = mockFetch({ [COMPLETE]: () => jsonResponse(aTask({ state: 'COMPLETED' })) });
    const user = userEvent.setup();
    const onCompleted = renderPanel();

    await user.click(screen.getByRole('radio', { name: 'Reject' }));
    await user.click(screen.getByRole('button', { name: 'Complete task' }));

    expect(await screen.findByText('A comment is required to reject')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();

    await user.type(screen.getByRole('textbox', { name: /Comment/ }), 'No backout tested');
    await user.click(screen.getByRole('button', { name: 'Complete task' }));

    await vi.waitFor(() => expect(onCompleted).toHaveBeenCalledOnce());
    expect(bodyOf(fetchMock.mock.calls[0]?.[1])).toEqual({
      decision: 'reject',
      comment: 'No backout tested',
    });
  });

  it('offers only approve and reject for an ECAB approval', () => {
    renderPanel({ kind: 'ECAB_APPROVAL', title: 'ECAB approval' });

    expect(screen.getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual([
      'approve',
      'reject',
    ]);
  });

  it('asks for class and risk when a change manager reclassifies', async () => {
    document.cookie = 'XSRF-TOKEN=t';
    const fetchMock = mockFetch({ [COMPLETE]: () => jsonResponse(aTask({ state: 'COMPLETED' })) });
    const user = userEvent.setup();
    renderPanel({ kind: 'REVIEW_RFC', title: 'Review RFC' });

    await user.click(screen.getByRole('radio', { name: 'Reclassify' }));
    await user.click(screen.getByRole('button', { name: 'Complete task' }));

    expect(await screen.findByText('Choose the class')).toBeInTheDocument();
    expect(screen.getByText('Choose the risk')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('says who was quicker when the task is already completed', async () => {
    document.cookie = 'XSRF-TOKEN=t';
    mockFetch({
      [COMPLETE]: () =>
        problemResponse({ status: 409, title: 'Conflict', detail: 'Already completed by cab2' }),
    });
    const user = userEvent.setup();
    const onCompleted = renderPanel();

    await user.click(screen.getByRole('radio', { name: 'Approve' }));
    await user.click(screen.getByRole('button', { name: 'Complete task' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Already completed');
    expect(alert).toHaveTextContent('Already completed by cab2');
    expect(onCompleted).not.toHaveBeenCalled();
  });

  it('puts server field errors on the form', async () => {
    document.cookie = 'XSRF-TOKEN=t';
    mockFetch({
      [COMPLETE]: () =>
        jsonResponse(
          {
            title: 'Invalid request',
            status: 400,
            detail: 'comment: too long',
            errors: [{ field: 'comment', message: 'too long for the audit log' }],
          },
          { status: 400, contentType: 'application/problem+json' },
        ),
    });
    const user = userEvent.setup();
    renderPanel();

    await user.click(screen.getByRole('radio', { name: 'Abstain' }));
    await user.click(screen.getByRole('button', { name: 'Complete task' }));

    expect(await screen.findByText('too long for the audit log')).toBeInTheDocument();
  });

  it('disables the form and says why when segregation of duties forbids completing', () => {
    renderPanel({
      kind: 'REVIEW_RFC',
      allowedToComplete: false,
      notAllowedReason: 'You requested CHG-000042: you cannot review it',
    });

    expect(screen.getByText('You requested CHG-000042: you cannot review it')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Complete task' })).toBeDisabled();
    expect(screen.getByRole('radio', { name: 'Accept' })).toBeDisabled();
  });

  it("shows the change manager's question and links to the RFC for PROVIDE_INFORMATION", () => {
    renderPanel(
      { kind: 'PROVIDE_INFORMATION', title: 'Provide information' },
      { question: 'Which database?' },
    );

    expect(screen.getByText('Which database?')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Edit and resubmit the RFC' })).toHaveAttribute(
      'href',
      '/changes/CHG-000042/edit',
    );
    expect(screen.queryByRole('button', { name: 'Complete task' })).not.toBeInTheDocument();
  });

  it('reschedules a conflicting change in its own time zone', async () => {
    document.cookie = 'XSRF-TOKEN=t';
    const fetchMock = mockFetch({ [COMPLETE]: () => jsonResponse(aTask({ state: 'COMPLETED' })) });
    const user = userEvent.setup();
    renderPanel(
      { kind: 'RESOLVE_CONFLICT', title: 'Resolve conflict' },
      {
        window: {
          plannedStart: '2026-07-01T20:00:00Z',
          plannedEnd: '2026-07-01T23:00:00Z',
          timeZone: 'Europe/Berlin',
        },
      },
    );

    expect(screen.getByLabelText(/New start/)).toHaveValue('2026-07-01T22:00');
    await user.click(screen.getByRole('button', { name: 'Reschedule' }));

    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledOnce());
    expect(bodyOf(fetchMock.mock.calls[0]?.[1])).toEqual({
      plannedStart: '2026-07-01T22:00:00+02:00',
      plannedEnd: '2026-07-02T01:00:00+02:00',
    });
  });

  it('requires the lessons learned in a PIR', async () => {
    const fetchMock = mockFetch({});
    const user = userEvent.setup();
    renderPanel({ kind: 'PIR', title: 'Post-implementation review' });

    await user.click(screen.getByRole('radio', { name: 'Failed' }));
    await user.click(screen.getByRole('button', { name: 'Close the review' }));

    const lessons = screen.getByRole('textbox', { name: /Lessons learned/ });
    expect(
      await within(lessons.closest('.mantine-InputWrapper-root')!).findByText(
        'Fill in this field.',
      ),
    ).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
