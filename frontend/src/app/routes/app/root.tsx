import { Outlet, useLocation, useNavigate } from 'react-router';

import { AppLayout } from '@/components/layouts/app-layout';
import { EmptyState } from '@/components/ui/empty-state';
import { paths } from '@/config/paths';
import { useMe } from '@/features/auth/api/get-me';
import { useLogout } from '@/features/auth/api/logout';
import { ProtectedRoute } from '@/features/auth/components/protected-route';
import { ROLE_LABELS } from '@/lib/roles';

import { canOpen, navigationFor } from '../../navigation';

export function AppRoot() {
  const me = useMe();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const logout = useLogout({
    onSettled: () => navigate(paths.login.getHref(), { replace: true }),
  });
  const user = me.data;

  return (
    <ProtectedRoute>
      <AppLayout
        user={
          user && {
            displayName: user.displayName,
            roleLabels: user.roles.map((role) => ROLE_LABELS[role]),
          }
        }
        navigation={user && navigationFor(user.roles)}
        onLogout={() => logout.mutate()}
        loggingOut={logout.isPending}
      >
        {!user || canOpen(pathname, user.roles) ? (
          <Outlet />
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
