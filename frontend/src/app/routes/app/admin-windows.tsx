import { PageSkeleton } from '@/components/ui/page-skeleton';
import { useMe } from '@/features/auth/api/get-me';
import { WindowsPage } from '@/features/calendar/components/windows-page';

export function AdminWindowsRoute() {
  const me = useMe();
  if (!me.data) return <PageSkeleton label="Loading the windows" />;
  return <WindowsPage canEdit={me.data.roles.includes('ADMIN')} />;
}
