import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { jsonResponse, mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';

import { CiImport } from './ci-import';

const csv = () =>
  new File(['name,type\nsearch-api,APPLICATION\n'], 'items.csv', { type: 'text/csv' });

async function upload() {
  const user = userEvent.setup({ delay: null });
  renderWithProviders(<CiImport />);
  // Mantine's FileInput is a button in front of a hidden file input.
  expect(screen.getByRole('button', { name: 'File' })).toBeInTheDocument();
  await user.upload(document.querySelector<HTMLInputElement>('input[type="file"]')!, csv());
  await user.click(screen.getByRole('button', { name: 'Upload' }));
}

describe('CiImport', () => {
  it('lists the bad rows of a refused file', async () => {
    document.cookie = 'XSRF-TOKEN=t';
    mockFetch({
      'POST /api/cis/import': () =>
        jsonResponse(
          {
            title: 'Invalid request',
            status: 400,
            detail: '2 rows are wrong',
            errors: [
              { field: 'rows[2].type', message: 'Choose one of the CI types.' },
              { field: 'rows[5].name', message: 'Fill in this field.' },
            ],
          },
          { status: 400, contentType: 'application/problem+json' },
        ),
    });
    await upload();

    expect(await screen.findByText('Nothing was imported')).toBeInTheDocument();
    const rows = screen.getByRole('region', { name: 'Rows with errors' });
    const second = within(rows).getByText('Choose one of the CI types.').closest('tr')!;
    expect(within(second).getByText('2')).toBeInTheDocument();
    expect(within(second).getByText('type')).toBeInTheDocument();
    expect(within(rows).getByText('Fill in this field.')).toBeInTheDocument();
  });

  it('tells the counts of an accepted file', async () => {
    document.cookie = 'XSRF-TOKEN=t';
    mockFetch({
      'POST /api/cis/import': () =>
        jsonResponse({
          created: ['CI-00011', 'CI-00012', 'CI-00013'],
          corrected: ['CI-00003'],
          relations: 2,
        }),
    });
    await upload();

    expect(
      await screen.findByText('3 created, 1 corrected, 2 relations added.'),
    ).toBeInTheDocument();
  });
});
