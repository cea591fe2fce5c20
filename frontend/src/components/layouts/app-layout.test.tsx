import { Badge } from '@mantine/core';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '@/testing/test-utils';

import { AppLayout } from './app-layout';

describe('AppLayout', () => {
  it('folds the navigation behind the burger below desktop width (tablets included)', () => {
    renderWithProviders(
      <AppLayout navigation={[{ label: 'Inbox', path: '/inbox' }]} onLogout={() => {}}>
        page
      </AppLayout>,
    );

    // 768 px is md's lower side: the burger shows there, the side navigation folds.
    expect(screen.getByRole('button', { name: 'Toggle navigation' })).toHaveClass(
      'mantine-hidden-from-md',
    );
  });

  it('never cuts a badge short, however narrow its column', () => {
    renderWithProviders(<Badge>Awaiting acceptance</Badge>);

    const badge = screen.getByText('Awaiting acceptance').closest('.mantine-Badge-root');
    expect(badge).toHaveStyle({ overflow: 'visible', minWidth: 'max-content' });
  });
});
