import { screen } from '@testing-library/react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MemoryRouter } from 'react-router';

import { FlashAlert } from '@/components/ui/flash-alert';
import { flashState } from '@/lib/flash';
import { jsonResponse, mockFetch } from '@/testing/mock-fetch';
import { TestProviders } from '@/testing/test-utils';

import { aChange } from '../testing/fixtures';

import { ChangeActionsBar } from './change-actions-bar';

const ann = { username: 'ann', roles: ['REQUESTER'] as const };

describe('ChangeActionsBar', () => {
  it('replaces "saved as a draft" once the draft is submitted', async () => {
    document.cookie = 'XSRF-TOKEN=t';
    const change = aChange();
    mockFetch({
      'POST /api/changes/CHG-000042/submit': () => jsonResponse(aChange({ state: 'SUBMITTED' })),
    });
    const user = userEvent.setup();
    render(
      <TestProviders>
        <MemoryRouter
          initialEntries={[
            {
              pathname: '/changes/CHG-000042',
              state: flashState('CHG-000042 was saved as a draft.'),
            },
          ]}
        >
          <FlashAlert />
          <ChangeActionsBar change={change} viewer={ann} />
        </MemoryRouter>
      </TestProviders>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('saved as a draft');

    await user.click(screen.getByRole('button', { name: 'Submit' }));

    expect(await screen.findByText('CHG-000042 was submitted.')).toBeInTheDocument();
    expect(screen.queryByText(/saved as a draft/)).not.toBeInTheDocument();
  });
});
