import { Suspense } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';

import { AppLayout } from '@/components/layouts/app-layout';
import { EmptyState } from '@/components/ui/empty-state';
import { PageSkeleton } from '@/components/ui/page-skeleton';
import { paths } from '@/config/paths';
import { useMe } from '@/features/auth/api/get-me';
import { useLogout } from '@/features/auth/api/logout';
import { ProtectedRoute } from '@/features/auth/components/protected-route';
import { NotificationsBell } from '@/features/notifications/components/notifications-bell';
import { useTaskCount } from '@/features/tasks/api/get-task-count';
import { ROLE_LABELS } from '@/lib/roles';

import { useLiveUpdates } from '../../live-updates';
import { canOpen, inboxCount, navigationFor } from '../../navigation';

export function AppRoot() {
  const me = useMe();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const logout = useLogout({
    onSettled: () => navigate(paths.login.getHref(), { replace: true }),
  });
  const user = me.data;
  const signedIn = user !== undefined && !logout.isPending;
  const taskCount = useTaskCount({ enabled: signedIn });
  useLiveUpdates(signedIn);

  return (
    <ProtectedRoute>
      <AppLayout
        user={
          user && {
            displayName: user.displayName,
            roleLabels: user.roles.map((role) => ROLE_LABELS[role]),
          }
        }
        navigation={
          user &&
          navigationFor(user.roles, {
            inbox: inboxCount(taskCount.data),
            inboxOverdue: taskCount.data?.overdue,
          })
        }
        headerActions={user && !logout.isPending && <NotificationsBell />}
        onLogout={() => logout.mutate()}
        loggingOut={logout.isPending}
      >
        {!user || canOpen(pathname, user.roles) ? (
          // Pages are loaded on first visit; the shell stays while one arrives.
          <Suspense fallback={<PageSkeleton />}>
            <Outlet />
          </Suspense>
        ) : (
          <EmptyState
            title="Not available to you"
            description="None of your roles gives access to this page."
          />
        )}
      </AppLayout>
    </ProtectedRoute>
  );
}
