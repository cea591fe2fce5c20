import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import type { ChangeView } from '@/api/generated/types.gen';
import { zImpactView } from '@/api/generated/zod.gen';
import { contractFixture } from '@/testing/contract-fixture';
import { jsonResponse, mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';

import { aChange } from '../testing/fixtures';

import { ChangeForm } from './change-form';

/** What a change to orders-db reaches: checkout-api, then the Web shop and its customers. */
const ordersDbImpact = () => {
  const reached = (key: string, name: string, type: string, depth: number, more = {}) => ({
    key,
    name,
    type,
    environment: 'prod',
    criticality: depth === 2 ? 'CRITICAL' : 'HIGH',
    ownerGroup: 'dba',
    depth,
    path: ['CI-00004', 'CI-00003', 'CI-00001'].slice(0, depth + 1),
    ...more,
  });
  const webShop = reached('CI-00001', 'Web shop', 'BUSINESS_SERVICE', 2, {
    users: 'All online customers',
  });
  return contractFixture(zImpactView, {
    starts: ['CI-00004'],
    impacted: [
      reached('CI-00004', 'orders-db', 'DATABASE', 0),
      reached('CI-00003', 'checkout-api', 'APPLICATION', 1),
      webShop,
    ],
    relations: [
      { source: 'CI-00003', type: 'DEPENDS_ON', target: 'CI-00004' },
      { source: 'CI-00003', type: 'PART_OF', target: 'CI-00001' },
    ],
    businessServices: [webShop],
    highestServiceCriticality: 'CRITICAL',
    highestCriticality: 'CRITICAL',
  });
};

const lookups = {
  'GET /api/change-models': () => jsonResponse([]),
  'GET /api/impact?ci=CI-00004': () => jsonResponse(ordersDbImpact()),
  'GET /api/cis?limit=20': () =>
    jsonResponse({
      items: [
        {
          key: 'CI-00004',
          name: 'orders-db',
          type: 'DATABASE',
          environment: 'prod',
          criticality: 'HIGH',
          ownerGroup: 'dba',
          lifecycleStatus: 'IN_SERVICE',
          attributes: {},
        },
      ],
      next: null,
    }),
};

const bodyOf = (init: RequestInit | undefined) =>
  JSON.parse(String(init?.body)) as Record<string, unknown>;

function renderForm(change?: ChangeView) {
  const onSaved = vi.fn();
  renderWithProviders(<ChangeForm change={change} onSaved={onSaved} />);
  return onSaved;
}

describe('ChangeForm', () => {
  it('checks the RFC in the browser before sending anything', async () => {
    const fetchMock = mockFetch(lookups);
    const user = userEvent.setup({ delay: null });
    renderForm();

    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Fix <b>it</b>');
    await user.click(screen.getByRole('button', { name: 'Submit' }));

    expect(await screen.findByText('Remove the HTML tags from the title.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveAttribute('aria-invalid', 'true');
    for (const missing of [
      'Describe what the change does.',
      'Choose a category.',
      'Choose the impact.',
      'Choose the urgency.',
      'Enter the planned start.',
      'Choose at least one configuration item.',
    ]) {
      expect(screen.getByText(missing)).toBeInTheDocument();
    }
    expect(screen.getByText('Resulting priority:')).toBeInTheDocument();
    const sent = fetchMock.mock.calls.map(
      ([url, init]) => `${init?.method ?? 'GET'} ${String(url)}`,
    );
    expect(sent.filter((call) => !call.startsWith('GET'))).toEqual([]);
  });

  it('saves a draft that has only a title, and checks the rest only to submit', async () => {
    document.cookie = 'XSRF-TOKEN=t';
    const empty = {
      description: undefined,
      justification: undefined,
      category: undefined,
      impact: undefined,
      urgency: undefined,
      implementationPlan: undefined,
      testPlan: undefined,
      backoutPlan: undefined,
      plannedStart: undefined,
      plannedEnd: undefined,
      timeZone: undefined,
      affectedCis: [],
      attachments: [],
      incidentRefs: [],
    };
    const fetchMock = mockFetch({
      ...lookups,
      'POST /api/changes': () =>
        jsonResponse(aChange({ ...empty, title: 'Rotate the edge-lb certificates' }), {
          status: 201,
        }),
    });
    const user = userEvent.setup({ delay: null });
    const onSaved = renderForm();

    await user.type(
      screen.getByRole('textbox', { name: 'Title' }),
      'Rotate the edge-lb certificates',
    );
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(await screen.findByText('Describe what the change does.')).toBeInTheDocument();
    expect(fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST')).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    expect(onSaved.mock.calls[0]?.[0]).toMatchObject({
      submitted: false,
      change: { state: 'DRAFT', title: 'Rotate the edge-lb certificates' },
    });
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(bodyOf(post?.[1])).toMatchObject({
      title: 'Rotate the edge-lb certificates',
      description: '',
      impact: null,
      plannedStart: null,
      affectedCis: [],
    });
    expect(bodyOf(post?.[1])).not.toHaveProperty('category');
    expect(screen.queryByText('Describe what the change does.')).not.toBeInTheDocument();
  });

  it("shows the server's reasons to refuse a submit next to the fields and stays", async () => {
    document.cookie = 'XSRF-TOKEN=t';
    const change = aChange();
    const fetchMock = mockFetch({
      ...lookups,
      'PUT /api/changes/CHG-000042': () => jsonResponse(change),
      'POST /api/changes/CHG-000042/submit': () =>
        jsonResponse(
          {
            title: 'Invalid request',
            status: 400,
            detail:
              'testPlan: Describe how you will test that the change worked.; affectedCis: Choose at least one configuration item.',
            errors: [
              { field: 'testPlan', message: 'Describe how you will test that the change worked.' },
              { field: 'affectedCis', message: 'Choose at least one configuration item.' },
            ],
          },
          { status: 400, contentType: 'application/problem+json' },
        ),
    });
    const user = userEvent.setup({ delay: null });
    const onSaved = renderForm(change);

    await user.click(screen.getByRole('button', { name: 'Submit' }));

    expect(
      await screen.findByText('Describe how you will test that the change worked.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Test plan' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(screen.getByText('Choose at least one configuration item.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Saved as a draft, not submitted');
    expect(onSaved).not.toHaveBeenCalled();
    expect(
      fetchMock.mock.calls.map(([url, init]) => `${init?.method ?? 'GET'} ${String(url)}`),
    ).toContain('POST /api/changes/CHG-000042/submit');
  });

  it('shows the ITIL priority of the chosen impact and urgency', async () => {
    mockFetch(lookups);
    const user = userEvent.setup({ delay: null });
    renderForm(aChange({ impact: 2, urgency: 2 }));

    expect(screen.getByLabelText('Priority P3')).toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: 'Impact' }));
    await user.click(await screen.findByRole('option', { name: '1 – High' }));

    expect(await screen.findByLabelText('Priority P2')).toBeInTheDocument();
  });

  it("puts the server's field errors next to their fields and lists the rest", async () => {
    document.cookie = 'XSRF-TOKEN=t';
    mockFetch({
      ...lookups,
      'PUT /api/changes/CHG-000042': () =>
        jsonResponse(
          {
            title: 'Invalid request',
            status: 400,
            detail:
              'title: Remove the HTML tags from the title.; plannedEnd: The planned end must be after the planned start.',
            errors: [
              { field: 'title', message: 'must be unique among open changes' },
              { field: 'plannedEnd', message: 'overlaps a freeze window' },
              { field: 'attachments[0].sha256', message: 'does not match the stored file' },
              { field: 'revision', message: 'is stale' },
            ],
          },
          { status: 400, contentType: 'application/problem+json' },
        ),
    });
    const user = userEvent.setup({ delay: null });
    const onSaved = renderForm(aChange());

    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    expect(await screen.findByText('must be unique among open changes')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('overlaps a freeze window')).toBeInTheDocument();
    expect(screen.getByText('does not match the stored file')).toBeInTheDocument();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(
      'title: Remove the HTML tags from the title.; plannedEnd: The planned end must be after the planned start.',
    );
    expect(within(alert).getByText('revision: is stale')).toBeInTheDocument();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('saves and then submits, sending the window with the offset of its time zone', async () => {
    document.cookie = 'XSRF-TOKEN=t';
    const change = aChange({
      plannedStart: '2026-07-01T20:00:00Z',
      plannedEnd: '2026-07-01T23:00:00Z',
    });
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-06-01T00:00:00Z') });
    const fetchMock = mockFetch({
      ...lookups,
      'PUT /api/changes/CHG-000042': () => jsonResponse(change),
      'POST /api/changes/CHG-000042/submit': () => jsonResponse({ ...change, state: 'SUBMITTED' }),
    });
    const user = userEvent.setup({ delay: null });
    const onSaved = renderForm(change);

    await user.click(screen.getByRole('button', { name: 'Submit' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    expect(onSaved.mock.calls[0]?.[0]).toMatchObject({
      submitted: true,
      change: { state: 'SUBMITTED' },
    });
    const put = fetchMock.mock.calls.find(([, init]) => init?.method === 'PUT');
    expect(bodyOf(put?.[1])).toMatchObject({
      plannedStart: '2026-07-01T22:00:00+02:00',
      plannedEnd: '2026-07-02T01:00:00+02:00',
      timeZone: 'Europe/Berlin',
      implementer: 'bob',
      impact: 2,
    });
    expect(bodyOf(put?.[1])).not.toHaveProperty('changeModelId');
    vi.useRealTimers();
  });

  it('shows the impacted services as configuration items are picked', async () => {
    mockFetch(lookups);
    const user = userEvent.setup({ delay: null });
    renderForm();

    expect(
      screen.getByText('Pick configuration items to see the services they reach.'),
    ).toBeInTheDocument();
    await user.click(screen.getByPlaceholderText('Search by key or name'));
    await user.click(await screen.findByRole('option', { name: /orders-db/ }));

    const services = await screen.findByRole('group', { name: 'Impacted services' });
    expect(within(services).getByRole('link', { name: 'Web shop' })).toHaveAttribute(
      'href',
      '/cmdb/CI-00001',
    );
    expect(within(services).getByText('Critical')).toBeInTheDocument();
    expect(within(services).getByText('Users: All online customers')).toBeInTheDocument();
    await user.click(within(services).getByRole('button', { name: /2 impacted items/ }));
    expect(await within(services).findByText('checkout-api')).toBeInTheDocument();
  });

  it('fills an attachment row from a local file without uploading it', async () => {
    mockFetch(lookups);
    const user = userEvent.setup({ delay: null });
    const { container } = renderWithProviders(<ChangeForm onSaved={() => {}} />);

    const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
    await user.upload(input, new File(['abc'], 'runbook.txt', { type: 'text/plain' }));

    expect(await screen.findByDisplayValue('runbook.txt')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Attachment 1 SHA-256' })).toHaveValue(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(screen.getByRole('textbox', { name: 'Attachment 1 size in bytes' })).toHaveValue('3');
  });

  it('takes category and plans from a chosen change model and locks the plans', async () => {
    mockFetch({
      ...lookups,
      'GET /api/change-models': () =>
        jsonResponse([
          {
            id: 'dddddddd-0000-4000-8000-000000000001',
            createdAt: '2026-01-01T09:00:00Z',
            name: 'Certificate renewal',
            description: 'Renew a TLS certificate',
            category: 'SECURITY',
            implementationPlan: 'Install the new certificate.',
            testPlan: 'Check the chain.',
            backoutPlan: 'Reinstall the old one.',
            allowedCiTypes: ['CERTIFICATE'],
            active: true,
          },
        ]),
    });
    const user = userEvent.setup({ delay: null });
    renderForm();

    await user.click(await screen.findByRole('combobox', { name: 'Change model' }));
    await user.click(await screen.findByRole('option', { name: 'Certificate renewal' }));

    const plan = screen.getByRole('textbox', { name: 'Implementation plan' });
    expect(plan).toHaveValue('Install the new certificate.');
    expect(plan).toHaveAttribute('readonly');
    expect(screen.getByText(/The change model allows: certificate/)).toBeInTheDocument();
  });
});
