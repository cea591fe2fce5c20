import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';

import { jsonResponse, mockFetch } from '@/testing/mock-fetch';
import { TestProviders } from '@/testing/test-utils';

import { routes } from '../router';

describe('approve route', () => {
  it('opens without a session (no /api/me) and takes the decision from the link', async () => {
    // An unexpected request such as GET /api/me fails the test (see mock-fetch).
    mockFetch({
      'GET /api/email-approvals/tok_en-1': () =>
        jsonResponse({
          task: {
            changeKey: 'CHG-000007',
            changeTitle: 'Rotate the edge certificate',
            kind: 'ECAB_APPROVAL',
            title: 'ECAB approval',
            state: 'OPEN',
          },
          approver: 'ecab',
          expiresAt: '2026-11-25T15:00:00Z',
          usable: true,
        }),
    });
    const router = createMemoryRouter(routes, {
      initialEntries: ['/approve/tok_en-1?decision=reject'],
    });

    render(
      <TestProviders>
        <RouterProvider router={router} />
      </TestProviders>,
    );

    expect(
      await screen.findByRole('heading', { name: 'ECAB approval: CHG-000007' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Reject' })).toBeChecked();
    expect(router.state.location.pathname).toBe('/approve/tok_en-1');
  });
});
