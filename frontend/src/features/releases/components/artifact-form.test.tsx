import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { jsonResponse, mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';

import { aRelease } from '../testing/fixtures';

import { ArtifactForm } from './artifact-form';

async function fill(user: ReturnType<typeof userEvent.setup>, sha256: string) {
  await user.type(screen.getByRole('textbox', { name: 'Name' }), 'shop-api');
  await user.type(screen.getByRole('textbox', { name: 'Version' }), '2.4.1');
  await user.type(screen.getByRole('textbox', { name: 'Size in bytes' }), '2048');
  await user.type(
    screen.getByRole('textbox', { name: 'URI' }),
    'https://dsl.example/shop-api-2.4.1.jar',
  );
  await user.type(screen.getByRole('textbox', { name: 'SHA-256' }), sha256);
}

describe('ArtifactForm', () => {
  it('wants the SHA-256 as 64 hex digits before sending', async () => {
    const fetchMock = mockFetch({});
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<ArtifactForm releaseKey="REL-2026.11-3" />);

    await fill(user, 'not-a-checksum');
    await user.click(screen.getByRole('button', { name: 'Register artifact' }));

    expect(await screen.findByText('must be 64 hex digits')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'SHA-256' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('sends the checksum lower-case and shows server errors on their fields', async () => {
    document.cookie = 'XSRF-TOKEN=t';
    const fetchMock = mockFetch({
      'POST /api/releases/REL-2026.11-3/artifacts': () =>
        jsonResponse(
          {
            title: 'Invalid request',
            status: 400,
            detail: 'version: already registered',
            errors: [{ field: 'version', message: 'shop-api 2.4.1 is already registered' }],
          },
          { status: 400, contentType: 'application/problem+json' },
        ),
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<ArtifactForm releaseKey="REL-2026.11-3" />);

    await fill(user, 'AB'.repeat(32));
    await user.click(screen.getByRole('button', { name: 'Register artifact' }));

    expect(await screen.findByText('shop-api 2.4.1 is already registered')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Version' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body))).toEqual({
      name: 'shop-api',
      version: '2.4.1',
      uri: 'https://dsl.example/shop-api-2.4.1.jar',
      size: 2048,
      sha256: 'ab'.repeat(32),
    });
  });

  it('clears itself once the artifact is registered', async () => {
    document.cookie = 'XSRF-TOKEN=t';
    mockFetch({ 'POST /api/releases/REL-2026.11-3/artifacts': () => jsonResponse(aRelease()) });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<ArtifactForm releaseKey="REL-2026.11-3" />);

    await fill(user, 'ab'.repeat(32));
    await user.click(screen.getByRole('button', { name: 'Register artifact' }));

    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue(''));
  });
});
