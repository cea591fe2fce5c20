import { PageSkeleton } from '@/components/ui/page-skeleton';
import { useMe } from '@/features/auth/api/get-me';
import { CmdbList } from '@/features/cmdb/components/cmdb-list';

export function CmdbRoute() {
  const me = useMe();
  if (!me.data) return <PageSkeleton label="Loading the CMDB" />;
  return <CmdbList viewer={me.data} />;
}
