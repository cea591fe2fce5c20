import { PageSkeleton } from '@/components/ui/page-skeleton';
import { useMe } from '@/features/auth/api/get-me';
import { IncidentsPage } from '@/features/incidents/components/incidents-page';

export function IncidentsRoute() {
  const me = useMe();
  if (!me.data) return <PageSkeleton label="Loading incidents" />;
  return <IncidentsPage roles={me.data.roles} />;
}
