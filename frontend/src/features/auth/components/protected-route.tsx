import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';

import { paths } from '@/config/paths';
import { ApiError } from '@/lib/api-client';

import { useMe } from '../api/get-me';

/**
 * Sends visitors who are not signed in to the login page. While /api/me is loading the children
 * render, so pages can show their own skeletons instead of a blank screen.
 */
export function ProtectedRoute({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();

  if (me.error instanceof ApiError && me.error.status === 401) {
    const here = `${location.pathname}${location.search}`;
    return <Navigate to={paths.login.getHref(here)} replace />;
  }
  if (me.error) throw me.error;
  return children;
}
