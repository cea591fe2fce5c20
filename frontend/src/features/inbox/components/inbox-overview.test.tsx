import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '@/testing/test-utils';

import { InboxOverview } from './inbox-overview';

describe('InboxOverview', () => {
  it('greets the user, lists their roles and shows what waits below', () => {
    renderWithProviders(
      <InboxOverview displayName="Carla Manager" roleLabels={['Change manager', 'CAB member']}>
        <p>the task list</p>
      </InboxOverview>,
    );

    expect(screen.getByRole('heading', { name: 'Hello, Carla Manager' })).toBeInTheDocument();
    expect(screen.getByText('Change manager')).toBeInTheDocument();
    expect(screen.getByText('CAB member')).toBeInTheDocument();
    expect(screen.getByText('the task list')).toBeInTheDocument();
  });

  it('says so when the user has no roles', () => {
    renderWithProviders(
      <InboxOverview displayName="Nora" roleLabels={[]}>
        {null}
      </InboxOverview>,
    );

    expect(screen.getByText('a user without roles')).toBeInTheDocument();
  });
});
