import { Anchor, Stack } from '@mantine/core';
import { Link, useParams } from 'react-router';

import { PageSkeleton } from '@/components/ui/page-skeleton';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { paths } from '@/config/paths';
import { useChangeEvidence } from '@/features/evidence/api/get-change-evidence';
import { ChangeEvidenceView } from '@/features/evidence/components/change-evidence-view';

export function ChangeEvidenceRoute() {
  const { key = '' } = useParams();
  const evidence = useChangeEvidence(key);

  return (
    <Stack>
      <Anchor component={Link} to={paths.change.getHref(key)} size="sm">
        ← {key}
      </Anchor>
      {evidence.isError ? (
        <ProblemAlert title={`Could not load the evidence of ${key}`} error={evidence.error} />
      ) : evidence.data ? (
        <ChangeEvidenceView evidence={evidence.data} />
      ) : (
        <PageSkeleton label="Loading the evidence" />
      )}
    </Stack>
  );
}
