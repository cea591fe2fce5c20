import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { jsonResponse, mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';

import { aCi, aCiPage, appServer, edgeLb, webShop } from '../testing/fixtures';

import { CmdbList } from './cmdb-list';

const admin = { username: 'admin', roles: ['ADMIN'] as const };
const requester = { username: 'requester', roles: ['REQUESTER'] as const };
const bodyOf = (init: RequestInit | undefined) => JSON.parse(String(init?.body)) as unknown;

describe('CmdbList', () => {
  it('lists items with readable types and lifecycles, without admin actions for others', async () => {
    mockFetch({
      'GET /api/cis?limit=50': () =>
        jsonResponse(aCiPage([webShop(), aCi(), appServer(), edgeLb()])),
    });

    renderWithProviders(<CmdbList viewer={requester} />);

    const row = (await screen.findByText('checkout-api')).closest('tr')!;
    expect(within(row).getByText('CI-00003')).toBeInTheDocument();
    expect(within(row).getByText('Application')).toBeInTheDocument();
    expect(within(row).getByText('prod')).toBeInTheDocument();
    expect(within(row).getByText('High')).toBeInTheDocument();
    expect(within(row).getByText('payments-team')).toBeInTheDocument();
    expect(within(row).getByText('In service')).toBeInTheDocument();
    expect(within(row).getByText('2.8.3')).toBeInTheDocument();
    expect(
      within(screen.getByText('Web shop').closest('tr')!).getByText('Business service'),
    ).toBeInTheDocument();
    expect(
      within(screen.getByText('edge-lb').closest('tr')!).getByText('Network device'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New item' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Import' })).not.toBeInTheDocument();
  });

  it('searches by name and filters by type through the URL', async () => {
    const fetchMock = mockFetch({
      'GET /api/cis?limit=50': () => jsonResponse(aCiPage([webShop(), aCi()])),
      'GET /api/cis?q=check&limit=50': () => jsonResponse(aCiPage([aCi()])),
      'GET /api/cis?q=check&type=DATABASE&limit=50': () => jsonResponse(aCiPage([])),
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<CmdbList viewer={requester} />);

    await screen.findByText('Web shop');
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'check');
    await waitFor(() => expect(screen.queryByText('Web shop')).not.toBeInTheDocument());
    await user.click(screen.getByRole('combobox', { name: 'Type' }));
    await user.click(await screen.findByRole('option', { name: 'Database' }));

    expect(await screen.findByText('No items match')).toBeInTheDocument();
    expect(fetchMock.mock.calls.map(([url]) => String(url))).toContain(
      '/api/cis?q=check&type=DATABASE&limit=50',
    );
  });

  it('lets an admin create an item and shows the server field errors at their fields', async () => {
    document.cookie = 'XSRF-TOKEN=t';
    let attempts = 0;
    const fetchMock = mockFetch({
      'GET /api/cis?limit=50': () => jsonResponse(aCiPage([aCi()])),
      'POST /api/cis': () =>
        ++attempts === 1
          ? jsonResponse(
              {
                title: 'Invalid request',
                status: 400,
                errors: [{ field: 'name', message: 'An item of this name already exists.' }],
              },
              { status: 400, contentType: 'application/problem+json' },
            )
          : jsonResponse(aCi({ key: 'CI-00011', name: 'search-api' }), { status: 201 }),
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<CmdbList viewer={admin} />);

    expect(await screen.findByRole('heading', { name: 'Import' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'New item' }));
    const dialog = await screen.findByRole('dialog', { name: 'New item' });
    await user.click(within(dialog).getByRole('button', { name: 'Create item' }));
    expect(await within(dialog).findAllByText('Fill in this field.')).toHaveLength(5);

    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'checkout-api');
    await user.click(within(dialog).getByRole('combobox', { name: 'Type' }));
    await user.click(await screen.findByRole('option', { name: 'Application' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Environment' }), 'prod');
    await user.click(within(dialog).getByRole('combobox', { name: 'Criticality' }));
    await user.click(await screen.findByRole('option', { name: 'High' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Owner team' }), 'payments-team');
    await user.type(within(dialog).getByRole('textbox', { name: 'Version' }), '1.0.0');
    await user.click(within(dialog).getByRole('button', { name: 'Add attribute' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Attribute 1 name' }), 'language');
    await user.type(within(dialog).getByRole('textbox', { name: 'Attribute 1 value' }), 'Go');
    await user.click(within(dialog).getByRole('button', { name: 'Create item' }));

    expect(
      await within(dialog).findByText('An item of this name already exists.'),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(bodyOf(post?.[1])).toEqual({
      name: 'checkout-api',
      type: 'APPLICATION',
      environment: 'prod',
      location: null,
      criticality: 'HIGH',
      ownerGroup: 'payments-team',
      lifecycleStatus: 'IN_SERVICE',
      version: '1.0.0',
      attributes: { language: 'Go' },
    });
  });
});
