import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '@/testing/test-utils';

import { EvidenceLink } from './evidence-link';

describe('EvidenceLink', () => {
  it('leads auditors to the evidence of the change', () => {
    renderWithProviders(<EvidenceLink changeKey="CHG-000042" roles={['AUDITOR']} />);

    expect(screen.getByRole('link', { name: 'Evidence' })).toHaveAttribute(
      'href',
      '/changes/CHG-000042/evidence',
    );
  });

  it('is not there for those who may not read evidence', () => {
    renderWithProviders(
      <EvidenceLink changeKey="CHG-000042" roles={['REQUESTER', 'CAB_MEMBER']} />,
    );

    expect(screen.queryByRole('link', { name: 'Evidence' })).not.toBeInTheDocument();
  });
});
