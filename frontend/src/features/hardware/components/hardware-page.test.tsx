import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { jsonResponse, mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';

import { aHardwareItem } from '../testing/fixtures';

import { HardwarePage } from './hardware-page';

const ITEM_ID = aHardwareItem().id;
const bodyOf = (init: RequestInit | undefined) => JSON.parse(String(init?.body)) as unknown;

describe('HardwarePage', () => {
  it('lists the store and lets readers only read', async () => {
    mockFetch({ 'GET /api/hardware': () => jsonResponse([aHardwareItem()]) });

    renderWithProviders(<HardwarePage roles={['AUDITOR', 'ADMIN']} />);

    const row = (await screen.findByText('Edge switch 7')).closest('tr')!;
    expect(within(row).getByText('FCW2231L0AB')).toBeInTheDocument();
    expect(within(row).getByText('In stock')).toBeInTheDocument();
    expect(within(row).getByText('edge-lb')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New hardware' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit Edge switch 7' })).not.toBeInTheDocument();
  });

  it('checks a new item in the browser, then adds it', async () => {
    document.cookie = 'XSRF-TOKEN=t';
    const fetchMock = mockFetch({
      'GET /api/hardware': () => jsonResponse([]),
      'POST /api/hardware': () =>
        jsonResponse(aHardwareItem({ id: '0b6f3c2a-0000-4000-8000-000000000002' }), {
          status: 201,
        }),
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<HardwarePage roles={['RELEASE_ENGINEER']} />);

    await user.click(await screen.findByRole('button', { name: 'New hardware' }));
    const dialog = await screen.findByRole('dialog', { name: 'New hardware' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Spare disk');
    await user.click(within(dialog).getByRole('combobox', { name: 'Status' }));
    await user.click(await screen.findByRole('option', { name: 'Deployed' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add hardware' }));

    expect(await within(dialog).findAllByText('Fill in this field.')).toHaveLength(3); // model, serial, location
    expect(
      within(dialog).getByText('deployed hardware must name its configuration item'),
    ).toBeInTheDocument();
    expect(fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST')).toEqual([]);

    await user.type(within(dialog).getByRole('textbox', { name: 'Model' }), 'Samsung PM9A3');
    await user.type(within(dialog).getByRole('textbox', { name: 'Serial number' }), 'S64XNA0T');
    await user.type(within(dialog).getByRole('textbox', { name: 'Location' }), 'Cage 2');
    await user.type(within(dialog).getByRole('textbox', { name: 'Linked CI name' }), 'orders-db');
    await user.click(within(dialog).getByRole('button', { name: 'Add hardware' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(bodyOf(post?.[1])).toEqual({
      name: 'Spare disk',
      model: 'Samsung PM9A3',
      serialNumber: 'S64XNA0T',
      location: 'Cage 2',
      status: 'DEPLOYED',
      ciName: 'orders-db',
      notes: null,
    });
  });

  it("shows the server's field errors when editing", async () => {
    document.cookie = 'XSRF-TOKEN=t';
    mockFetch({
      'GET /api/hardware': () => jsonResponse([aHardwareItem()]),
      [`PUT /api/hardware/${ITEM_ID}`]: () =>
        jsonResponse(
          {
            title: 'Serial number taken',
            status: 409,
            detail: 'Another hardware item has serial number FCW2231L0AB',
            errors: [{ field: 'serialNumber', message: 'is taken by Edge switch 8' }],
          },
          { status: 409, contentType: 'application/problem+json' },
        ),
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<HardwarePage roles={['RELEASE_ENGINEER']} />);

    await user.click(await screen.findByRole('button', { name: 'Edit Edge switch 7' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Edge switch 7' });
    expect(within(dialog).getByRole('textbox', { name: 'Model' })).toHaveValue('Cisco C9300');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await within(dialog).findByText('is taken by Edge switch 8')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Serial number' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(
      within(dialog).getByText('Another hardware item has serial number FCW2231L0AB'),
    ).toBeInTheDocument();
  });

  it('deletes an item after confirmation', async () => {
    document.cookie = 'XSRF-TOKEN=t';
    const fetchMock = mockFetch({
      'GET /api/hardware': () => jsonResponse([aHardwareItem()]),
      [`DELETE /api/hardware/${ITEM_ID}`]: () => new Response(null, { status: 204 }),
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<HardwarePage roles={['RELEASE_ENGINEER']} />);

    await user.click(await screen.findByRole('button', { name: 'Delete Edge switch 7' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Edge switch 7?' });
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'DELETE')).toBe(false);
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    await waitFor(() =>
      expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'DELETE')).toBe(true),
    );
  });
});
