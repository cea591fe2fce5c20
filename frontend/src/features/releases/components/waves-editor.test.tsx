import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { jsonResponse, mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';

import { aRelease, aWave } from '../testing/fixtures';

import { WavesEditor } from './waves-editor';

const release = () => aRelease();

describe('WavesEditor', () => {
  it('checks percent and failure rate of each wave before saving', async () => {
    const fetchMock = mockFetch({});
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<WavesEditor release={release()} />);

    const percent = screen.getByRole('textbox', { name: 'Wave 2 percent' });
    await user.clear(percent);
    await user.click(screen.getByRole('button', { name: 'Add wave' }));
    await user.click(screen.getByRole('button', { name: 'Save waves' }));

    // Wave 2 lost its percent; the new wave 3 has neither name nor percent.
    expect(await screen.findAllByText('Fill in this field.')).toHaveLength(2);
    expect(screen.getByRole('textbox', { name: 'Wave 3 name' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('saves the plan and puts server errors on the wave they name', async () => {
    document.cookie = 'XSRF-TOKEN=t';
    const fetchMock = mockFetch({
      'PUT /api/releases/REL-2026.11-3/waves': () =>
        jsonResponse(
          {
            title: 'Invalid request',
            status: 400,
            detail: 'The last wave must reach 100%.',
            errors: [{ field: 'waves[1].percent', message: 'the last wave must reach 100' }],
          },
          { status: 400, contentType: 'application/problem+json' },
        ),
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<WavesEditor release={release()} />);

    const percent = screen.getByRole('textbox', { name: 'Wave 2 percent' });
    await user.clear(percent);
    await user.type(percent, '90');
    await user.click(screen.getByRole('checkbox', { name: 'Wave 2 manual gate' }));
    await user.click(screen.getByRole('button', { name: 'Save waves' }));

    expect(await screen.findByText('the last wave must reach 100')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Wave 2 percent' })).toHaveAttribute(
        'aria-invalid',
        'true',
      ),
    );
    expect(JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body))).toEqual([
      aWave(),
      aWave({ name: 'everyone', percent: 90, manualGate: true }),
    ]);
  });
});
