import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '@/testing/test-utils';

import { AuditHome } from './audit-home';

describe('AuditHome', () => {
  it('offers "What changed?" and the lists an auditor reads', () => {
    renderWithProviders(<AuditHome />);

    expect(screen.getByRole('heading', { name: 'Audit' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'What changed?' })).toHaveAttribute(
      'href',
      '/audit/what-changed',
    );
    expect(screen.getByRole('link', { name: 'Audit events' })).toHaveAttribute(
      'href',
      '/audit/events',
    );
    expect(screen.getByRole('link', { name: 'Changes' })).toHaveAttribute('href', '/changes');
    expect(screen.getByRole('link', { name: 'Releases' })).toHaveAttribute('href', '/releases');
    expect(screen.getByRole('link', { name: 'Unauthorized changes' })).toHaveAttribute(
      'href',
      '/unauthorized-changes',
    );
  });
});
