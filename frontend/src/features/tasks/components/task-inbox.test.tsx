import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useLocation } from 'react-router';

import { jsonResponse, mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';

import { aTask, taskId } from '../testing/fixtures';

import { TaskInbox } from './task-inbox';

function CurrentSearch() {
  return <output aria-label="search">{useLocation().search}</output>;
}

function renderInbox(route = '/inbox') {
  return renderWithProviders(
    <>
      <TaskInbox />
      <CurrentSearch />
    </>,
    { route },
  );
}

const COUNT = { 'GET /api/tasks/count': () => jsonResponse({ mine: 3, groups: 12, overdue: 1 }) };

describe('TaskInbox', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-03-10T12:00:00Z') });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("lists my open tasks in the server's order, overdue rows highlighted", async () => {
    mockFetch({
      ...COUNT,
      'GET /api/tasks?scope=todo&state=OPEN': () =>
        jsonResponse([
          aTask({
            id: taskId('c'),
            title: 'PIR',
            kind: 'PIR',
            dueAt: '2026-03-08T12:00:00Z',
            createdAt: '2026-03-07T12:00:00Z',
            overdue: true,
          }),
          aTask({
            id: taskId('b'),
            title: 'CAB vote',
            dueAt: '2026-03-11T12:00:00Z',
            priority: 'P4',
          }),
          aTask({
            id: taskId('a'),
            title: 'Review RFC',
            kind: 'REVIEW_RFC',
            dueAt: null,
            priority: 'P1',
          }),
        ]),
    });

    renderInbox();

    const links = await screen.findAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['PIR', 'CAB vote', 'Review RFC']);
    expect(links[0]).toHaveAttribute('href', `/inbox/${taskId('c')}`);
    const overdueRow = links[0]!.closest('tr')!;
    expect(overdueRow).toHaveAttribute('data-overdue', 'true');
    expect(within(overdueRow).getByText('2d overdue')).toHaveAttribute('data-overdue', 'true');
    expect(links[1]!.closest('tr')).not.toHaveAttribute('data-overdue');
    expect(within(overdueRow).getByText('3d')).toBeInTheDocument();
    expect(await screen.findByRole('tab', { name: /To do\s*15/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(screen.getByRole('tab', { name: /Mine\s*3/ })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: /My groups\s*12/ })).toBeInTheDocument();
    expect(screen.getByText('1 overdue')).toBeInTheDocument();
  });

  it('reads tab, filters and order from the URL and sends them to the server', async () => {
    const fetchMock = mockFetch({
      ...COUNT,
      'GET /api/tasks?scope=groups&state=OPEN&kind=CAB_VOTE&priority=P1&due=overdue&sort=age': () =>
        jsonResponse([]),
    });

    renderInbox('/inbox?scope=groups&kind=CAB_VOTE&priority=P1&due=overdue&sort=age&kind=x');

    expect(await screen.findByText('No task matches')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: /My groups/ })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('combobox', { name: 'Kind' })).toHaveValue('CAB vote');
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('Age (oldest first)');
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('ignores filter values the server would refuse', async () => {
    mockFetch({ ...COUNT, 'GET /api/tasks?scope=todo&state=OPEN': () => jsonResponse([]) });

    renderInbox('/inbox?kind=NOT_A_KIND&due=yesterday&sort=random');

    expect(await screen.findByText('Nothing waits for you')).toBeInTheDocument();
  });

  it('puts a chosen filter into the URL and asks the server again', async () => {
    mockFetch({
      ...COUNT,
      'GET /api/tasks?scope=todo&state=OPEN': () => jsonResponse([aTask()]),
      'GET /api/tasks?scope=todo&state=OPEN&due=today': () =>
        jsonResponse([aTask({ id: taskId('today'), title: 'Due today' })]),
      'GET /api/tasks?scope=groups&state=OPEN&due=today': () => jsonResponse([]),
    });
    const user = userEvent.setup();
    renderInbox();
    await screen.findByRole('link', { name: 'CAB vote' });

    await user.click(screen.getByRole('combobox', { name: 'Due' }));
    await user.click(await screen.findByRole('option', { name: 'Due today' }));

    expect(await screen.findByRole('link', { name: 'Due today' })).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'search' })).toHaveTextContent('?due=today');

    await user.click(screen.getByRole('tab', { name: /My groups/ }));
    expect(await screen.findByText('No task matches')).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'search' })).toHaveTextContent(
      '?scope=groups&due=today',
    );
  });

  it('offers claim, give back and delegate as the server allows', async () => {
    document.cookie = 'XSRF-TOKEN=t';
    const groupTask = aTask({
      id: taskId('g'),
      title: 'ECAB approval',
      assignee: null,
      claimable: true,
    });
    const fetchMock = mockFetch({
      ...COUNT,
      'GET /api/tasks?scope=groups&state=OPEN': () =>
        jsonResponse([
          groupTask,
          aTask({ id: taskId('u'), title: 'Review RFC', unclaimable: true, delegable: true }),
          aTask({ id: taskId('n'), title: 'PIR', unclaimable: false }),
        ]),
      [`POST /api/tasks/${taskId('g')}/claim`]: () =>
        jsonResponse({ ...groupTask, assignee: 'cab1' }),
    });
    const user = userEvent.setup();
    renderInbox('/inbox?scope=groups');

    const pirRow = (await screen.findByRole('link', { name: 'PIR' })).closest('tr')!;
    expect(within(pirRow).queryByRole('button')).not.toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Give back “Review RFC” on CHG-000042' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Delegate “Review RFC” on CHG-000042' }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Claim “ECAB approval” on CHG-000042' }));

    await waitFor(() =>
      expect(fetchMock.mock.calls.map(([url, init]) => `${init?.method} ${url}`)).toContain(
        `POST /api/tasks/${taskId('g')}/claim`,
      ),
    );
  });

  it('shows the first page and loads the next on "Show more", keeping the filters', async () => {
    const page = (from: number, to: number) =>
      Array.from({ length: to - from }, (_, i) =>
        aTask({ id: taskId(`t${from + i}`), title: `Task ${from + i}` }),
      );
    const withTotal = (body: unknown) => {
      const response = jsonResponse(body);
      response.headers.set('X-Total-Count', '5');
      return response;
    };
    mockFetch({
      ...COUNT,
      'GET /api/tasks?scope=groups&state=OPEN&due=week': () => withTotal(page(0, 3)),
      'GET /api/tasks?scope=groups&state=OPEN&due=week&offset=3': () => withTotal(page(3, 5)),
    });
    const user = userEvent.setup();
    renderInbox('/inbox?scope=groups&due=week');

    expect(await screen.findAllByRole('link')).toHaveLength(3);
    expect(screen.getByText('3 of 5')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show more' }));

    await waitFor(() => expect(screen.getAllByRole('link')).toHaveLength(5));
    expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Task 0',
      'Task 1',
      'Task 2',
      'Task 3',
      'Task 4',
    ]);
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
  });

  it('offers no more when the page holds every task', async () => {
    const response = jsonResponse([aTask()]);
    response.headers.set('X-Total-Count', '1');
    mockFetch({ ...COUNT, 'GET /api/tasks?scope=todo&state=OPEN': () => response });
    renderInbox();

    expect(await screen.findByRole('link', { name: 'CAB vote' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
  });

  it('moves between rows with j/k and the arrow keys', async () => {
    mockFetch({
      ...COUNT,
      'GET /api/tasks?scope=todo&state=OPEN': () =>
        jsonResponse([
          aTask({ id: taskId('1'), title: 'First' }),
          aTask({ id: taskId('2'), title: 'Second', claimable: true }),
          aTask({ id: taskId('3'), title: 'Third' }),
        ]),
    });
    renderInbox();
    const first = await screen.findByRole('link', { name: 'First' });
    const second = screen.getByRole('link', { name: 'Second' });
    const third = screen.getByRole('link', { name: 'Third' });

    first.focus();
    fireEvent.keyDown(first, { key: 'j' });
    expect(second).toHaveFocus();
    fireEvent.keyDown(second, { key: 'ArrowDown' });
    expect(third).toHaveFocus();
    fireEvent.keyDown(third, { key: 'j' });
    expect(third).toHaveFocus();
    fireEvent.keyDown(third, { key: 'k' });
    expect(second).toHaveFocus();
    // From a row's button too.
    const claim = screen.getByRole('button', { name: /Claim “Second”/ });
    claim.focus();
    fireEvent.keyDown(claim, { key: 'ArrowUp' });
    expect(first).toHaveFocus();
  });
});
