import { Button } from '@mantine/core';
import { Link } from 'react-router';

import { paths } from '@/config/paths';
import type { Role } from '@/lib/roles';

import { canReadEvidence } from '../utils/evidence';

/** The way from a change to its evidence, for those who may read it. */
export function EvidenceLink({ changeKey, roles }: { changeKey: string; roles: readonly Role[] }) {
  if (!canReadEvidence(roles)) return null;
  return (
    <Button component={Link} to={paths.changeEvidence.getHref(changeKey)} variant="default">
      Evidence
    </Button>
  );
}
