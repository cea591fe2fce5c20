import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '@/testing/test-utils';

import { InboxOverview } from './inbox-overview';

describe('InboxOverview', () => {
  it('greets the user, lists their roles and says nothing is waiting', () => {
    renderWithProviders(
      <InboxOverview displayName="Carla Manager" roleLabels={['Change manager', 'CAB member']} />,
    );

    expect(screen.getByRole('heading', { name: 'Hello, Carla Manager' })).toBeInTheDocument();
    expect(screen.getByText('Change manager')).toBeInTheDocument();
    expect(screen.getByText('CAB member')).toBeInTheDocument();
    expect(screen.getByText('Nothing waits for you')).toBeInTheDocument();
  });
});
