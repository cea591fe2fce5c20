import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '@/testing/test-utils';

import { aTask } from '../testing/fixtures';

import { TaskFacts } from './task-facts';

describe('TaskFacts', () => {
  it('names the groups a task is offered to as people say them', () => {
    const task = aTask({
      assignee: null,
      candidateGroups: ['CHANGE_MANAGER', 'group:payments'],
      candidateUsers: ['cab2'],
    });

    renderWithProviders(<TaskFacts task={task} now={Date.parse('2026-03-10T12:00:00Z')} />);

    expect(screen.getByText('Offered to Change managers, payments, cab2')).toBeInTheDocument();
  });
});
