import { PageSkeleton } from '@/components/ui/page-skeleton';
import { ChangesList } from '@/features/changes/components/changes-list';

import { useViewer } from './viewer';

export function ChangesRoute() {
  const viewer = useViewer();
  if (!viewer) return <PageSkeleton label="Loading changes" />;
  return <ChangesList viewer={viewer} />;
}
