import { useParams } from 'react-router';

import { PageSkeleton } from '@/components/ui/page-skeleton';
import { useMe } from '@/features/auth/api/get-me';
import { UnauthorizedChangePage } from '@/features/discovery/components/unauthorized-change-page';
import { UnauthorizedChangesPage } from '@/features/discovery/components/unauthorized-changes-page';
import { NotFoundRoute } from '@/app/routes/not-found';

export function UnauthorizedChangesRoute() {
  return <UnauthorizedChangesPage />;
}

export function UnauthorizedChangeRoute() {
  const { id } = useParams();
  const me = useMe();
  const number = Number(id);
  if (!Number.isSafeInteger(number) || number <= 0) return <NotFoundRoute />;
  if (!me.data) return <PageSkeleton label="Loading the unauthorized change" />;
  return <UnauthorizedChangePage id={number} roles={me.data.roles} />;
}
