import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { jsonResponse, mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';

import { aChangeModel } from '../testing/fixtures';

import { ChangeModelsPage } from './change-models-page';

const MODEL_ID = aChangeModel().id;
const bodyOf = (init: RequestInit | undefined) => JSON.parse(String(init?.body)) as unknown;

describe('ChangeModelsPage', () => {
  it('lists active and inactive models with their allowed CI types', async () => {
    mockFetch({
      'GET /api/change-models?all=true': () =>
        jsonResponse([
          aChangeModel(),
          aChangeModel({
            id: '6a1f0c2e-0000-4000-8000-000000000002',
            name: 'Renew TLS certificate',
            category: 'SECURITY',
            allowedCiTypes: ['CERTIFICATE', 'NETWORK'],
            active: false,
          }),
        ]),
    });

    renderWithProviders(<ChangeModelsPage />);

    const restart = (await screen.findByText('Restart app server')).closest('tr')!;
    expect(within(restart).getByText('Infrastructure')).toBeInTheDocument();
    expect(within(restart).getByText('Server')).toBeInTheDocument();
    expect(within(restart).getByText('Active')).toBeInTheDocument();
    const tls = screen.getByText('Renew TLS certificate').closest('tr')!;
    expect(within(tls).getByText('Certificate')).toBeInTheDocument();
    expect(within(tls).getByText('Network device')).toBeInTheDocument();
    expect(within(tls).getByText('Inactive')).toBeInTheDocument();
    // An inactive model cannot be deactivated again.
    expect(
      screen.queryByRole('button', { name: 'Deactivate Renew TLS certificate' }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Deactivate Restart app server' }),
    ).toBeInTheDocument();
  });

  it('checks a new model in the browser, then creates it', async () => {
    document.cookie = 'XSRF-TOKEN=t';
    const fetchMock = mockFetch({
      'GET /api/change-models?all=true': () => jsonResponse([]),
      'POST /api/change-models': () => jsonResponse(aChangeModel(), { status: 201 }),
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<ChangeModelsPage />);

    await user.click(await screen.findByRole('button', { name: 'New change model' }));
    const dialog = await screen.findByRole('dialog', { name: 'New change model' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'ab');
    await user.click(within(dialog).getByRole('button', { name: 'Create model' }));

    expect(
      await within(dialog).findByText('Enter between 3 and 200 characters or items.'),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText('Pick at least one kind of configuration item.'),
    ).toBeInTheDocument();
    expect(fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST')).toEqual([]);

    await user.clear(within(dialog).getByRole('textbox', { name: 'Name' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Restart app server');
    await user.click(within(dialog).getByRole('combobox', { name: 'Category' }));
    await user.click(await screen.findByRole('option', { name: 'Infrastructure' }));
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Description' }),
      'A rolling restart.',
    );
    await user.click(within(dialog).getByRole('checkbox', { name: 'Server' }));
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Implementation plan' }),
      'Drain, restart, rejoin.',
    );
    await user.type(within(dialog).getByRole('textbox', { name: 'Test plan' }), 'Health 200.');
    await user.type(within(dialog).getByRole('textbox', { name: 'Backout plan' }), 'Rejoin.');
    await user.click(within(dialog).getByRole('button', { name: 'Create model' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(bodyOf(post?.[1])).toEqual({
      name: 'Restart app server',
      description: 'A rolling restart.',
      category: 'INFRASTRUCTURE',
      implementationPlan: 'Drain, restart, rejoin.',
      testPlan: 'Health 200.',
      backoutPlan: 'Rejoin.',
      allowedCiTypes: ['SERVER'],
    });
  });

  it("shows the server's field errors when editing", async () => {
    document.cookie = 'XSRF-TOKEN=t';
    mockFetch({
      'GET /api/change-models?all=true': () => jsonResponse([aChangeModel()]),
      [`PUT /api/change-models/${MODEL_ID}`]: () =>
        jsonResponse(
          {
            title: 'Name taken',
            status: 409,
            detail: "A change model named 'Restart app server' exists already",
            errors: [{ field: 'name', message: 'is taken by another model' }],
          },
          { status: 409, contentType: 'application/problem+json' },
        ),
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<ChangeModelsPage />);

    await user.click(await screen.findByRole('button', { name: 'Edit Restart app server' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Restart app server' });
    expect(within(dialog).getByRole('checkbox', { name: 'Server' })).toBeChecked();
    expect(within(dialog).getByRole('checkbox', { name: 'Database' })).not.toBeChecked();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Database' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await within(dialog).findByText('is taken by another model')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(
      within(dialog).getByText("A change model named 'Restart app server' exists already"),
    ).toBeInTheDocument();
  });

  it('deactivates a model after confirmation', async () => {
    document.cookie = 'XSRF-TOKEN=t';
    const fetchMock = mockFetch({
      'GET /api/change-models?all=true': () => jsonResponse([aChangeModel()]),
      [`POST /api/change-models/${MODEL_ID}/deactivate`]: () =>
        jsonResponse(aChangeModel({ active: false })),
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<ChangeModelsPage />);

    await user.click(await screen.findByRole('button', { name: 'Deactivate Restart app server' }));
    const dialog = await screen.findByRole('dialog', { name: 'Deactivate Restart app server?' });
    await user.click(within(dialog).getByRole('button', { name: 'Deactivate' }));

    await waitFor(() =>
      expect(
        fetchMock.mock.calls.some(([url]) => String(url).endsWith(`${MODEL_ID}/deactivate`)),
      ).toBe(true),
    );
  });
});
