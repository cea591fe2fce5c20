import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { jsonResponse, mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';

import {
  aChangePage,
  aCi,
  aCiPage,
  aHistoryEntry,
  anImpact,
  appServer,
  relations,
  webShop,
} from '../testing/fixtures';

import { CiDetail } from './ci-detail';

const admin = { username: 'admin', roles: ['ADMIN'] as const };
const auditor = { username: 'auditor', roles: ['AUDITOR'] as const };

const checkoutRelations = {
  'GET /api/cis/CI-00003/relations': () =>
    jsonResponse(
      relations([
        { source: 'CI-00003', type: 'RUNS_ON', target: 'CI-00005' },
        { source: 'CI-00003', type: 'PART_OF', target: 'CI-00001' },
      ]),
    ),
  'GET /api/cis/CI-00005': () => jsonResponse(appServer()),
  'GET /api/cis/CI-00001': () => jsonResponse(webShop()),
};

describe('CiDetail', () => {
  it('shows the facts, the attributes and the relations as sentences and as a graph', async () => {
    mockFetch(checkoutRelations);
    renderWithProviders(<CiDetail ci={aCi()} viewer={auditor} />);

    expect(screen.getByRole('heading', { name: 'checkout-api' })).toBeInTheDocument();
    expect(screen.getByText('payments-team')).toBeInTheDocument();
    expect(screen.getByText('eu-central-1')).toBeInTheDocument();
    expect(screen.getByText('2.8.3')).toBeInTheDocument();
    const attributes = screen.getByRole('table', { name: 'Attributes' });
    expect(within(attributes).getByText('language')).toBeInTheDocument();
    expect(within(attributes).getByText('Java')).toBeInTheDocument();

    const list = await screen.findByRole('list', { name: 'Relations' });
    await waitFor(() => expect(list).toHaveTextContent('checkout-api runs on app-server-01'));
    expect(list).toHaveTextContent('checkout-api part of Web shop');
    const graph = screen.getByRole('img', { name: 'Relations of checkout-api' });
    expect(within(graph).getAllByText('runs on')).toHaveLength(1);
    expect(within(graph).getByText('Web shop')).toBeInTheDocument();
    expect(within(graph).getByText('Business service')).toBeInTheDocument();
    expect(within(graph).getByText('Server')).toBeInTheDocument();

    expect(screen.queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Remove relation/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add relation' })).not.toBeInTheDocument();
  });

  it('shows the impact: depth, path as names, the services and their users', async () => {
    mockFetch({
      'GET /api/cis/CI-00005/relations': () => jsonResponse([]),
      'GET /api/cis/CI-00005/impact': () => jsonResponse(anImpact()),
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<CiDetail ci={appServer()} viewer={auditor} />);

    await user.click(screen.getByRole('tab', { name: 'Impact' }));

    const table = await screen.findByRole('region', { name: 'Impacted items' });
    const service = within(table).getByText('Web shop').closest('tr')!;
    expect(within(service).getByText('2')).toBeInTheDocument();
    expect(
      within(service).getByText('app-server-01 → checkout-api → Web shop'),
    ).toBeInTheDocument();
    expect(within(service).getByText('All online customers')).toBeInTheDocument();
    const services = screen.getByRole('group', { name: 'Impacted services' });
    expect(within(services).getByText('Users: All online customers')).toBeInTheDocument();
    expect(within(services).getByText('Critical')).toBeInTheDocument();
    expect(within(services).getByText(/2 impacted items/)).toBeInTheDocument();
    const graph = screen.getByRole('img', { name: 'What a change to app-server-01 reaches' });
    expect(within(graph).getByText('part of')).toBeInTheDocument();
  });

  it('tells the cause of each change in the history and lists the changes that touched it', async () => {
    mockFetch({
      ...checkoutRelations,
      'GET /api/cis/CI-00003/history': () =>
        jsonResponse([
          aHistoryEntry(),
          aHistoryEntry({
            field: 'version',
            oldValue: '4.2.0',
            newValue: '4.2.1-hotfix',
            cause: 'UNAUTHORIZED',
            releaseKey: null,
            changeKeys: [],
            actor: 'discovery',
          }),
          aHistoryEntry({
            field: 'owner',
            oldValue: 'web',
            newValue: 'payments-team',
            cause: 'ADMIN',
            releaseKey: null,
            changeKeys: [],
            actor: 'admin',
          }),
          aHistoryEntry({
            field: 'os',
            oldValue: null,
            newValue: 'linux',
            cause: 'CHANGE',
            releaseKey: null,
            changeKey: 'CHG-000009',
            changeKeys: [],
          }),
          aHistoryEntry({
            field: 'location',
            oldValue: 'fra-1',
            newValue: 'eu-central-1',
            cause: 'IMPORT',
            releaseKey: null,
            changeKeys: [],
            actor: 'admin',
          }),
        ]),
      'GET /api/changes?ci=CI-00003&limit=50': () => jsonResponse(aChangePage([{}])),
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<CiDetail ci={aCi()} viewer={auditor} />);

    await user.click(screen.getByRole('tab', { name: 'History' }));
    const history = await screen.findByRole('region', { name: 'History' });
    expect(within(history).getByRole('link', { name: 'Release REL-2026.11-1' })).toHaveAttribute(
      'href',
      '/releases/REL-2026.11-1',
    );
    expect(within(history).getByText('2.8.3 → 4.2.0')).toBeInTheDocument();
    expect(within(history).getByText('Unauthorized')).toBeInTheDocument();
    expect(within(history).getByText('4.2.0 → 4.2.1-hotfix')).toBeInTheDocument();
    expect(within(history).getByText('Admin edit')).toBeInTheDocument();
    expect(within(history).getByRole('link', { name: 'Change CHG-000009' })).toHaveAttribute(
      'href',
      '/changes/CHG-000009',
    );
    expect(within(history).getByText('— → linux')).toBeInTheDocument();
    expect(within(history).getByText('Import')).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Changes' }));
    const changes = await screen.findByRole('region', { name: 'Changes that touched it' });
    expect(within(changes).getByRole('link', { name: 'CHG-000007' })).toBeInTheDocument();
    expect(within(changes).getByText('Upgrade checkout-api to 4.2.0')).toBeInTheDocument();
    expect(within(changes).getByText('Closed')).toBeInTheDocument();
  });

  it('lets an admin edit all but the version, and remove and add relations', async () => {
    document.cookie = 'XSRF-TOKEN=t';
    const fetchMock = mockFetch({
      ...checkoutRelations,
      'DELETE /api/cis/CI-00003/relations/RUNS_ON/CI-00005': () =>
        new Response(null, { status: 204 }),
      'GET /api/cis?limit=20': () => jsonResponse(aCiPage([webShop(), appServer()])),
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<CiDetail ci={aCi()} viewer={admin} />);

    await user.click(screen.getByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit checkout-api' });
    expect(within(dialog).getByRole('textbox', { name: 'Version' })).toBeDisabled();
    expect(within(dialog).getByText('Changes only through releases')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Attribute 2 value' })).toHaveValue('3');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    expect(await screen.findByRole('button', { name: 'Add relation' })).toBeInTheDocument();
    expect(screen.getByText('Target item')).toBeInTheDocument();
    await user.click(
      await screen.findByRole('button', {
        name: 'Remove relation checkout-api runs on app-server-01',
      }),
    );
    await waitFor(() =>
      expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'DELETE')).toBe(true),
    );
  });
});
