import { PageSkeleton } from '@/components/ui/page-skeleton';
import { ReleasesList } from '@/features/releases/components/releases-list';

import { useViewer } from './viewer';

export function ReleasesRoute() {
  const viewer = useViewer();
  if (!viewer) return <PageSkeleton label="Loading releases" />;
  return <ReleasesList viewer={viewer} />;
}
