import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';

import { RouteError } from '@/components/errors/route-error';
import { ComingSoon } from '@/components/ui/coming-soon';
import { paths } from '@/config/paths';

import { AppRoot } from './routes/app/root';
import { InboxRoute } from './routes/app/inbox';
import { LoginRoute } from './routes/login';
import { NotFoundRoute } from './routes/not-found';

export const routes: RouteObject[] = [
  { path: paths.login.path, element: <LoginRoute />, errorElement: <RouteError /> },
  {
    path: paths.home.path,
    element: <AppRoot />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Navigate to={paths.inbox.getHref()} replace /> },
      { path: paths.inbox.path, element: <InboxRoute /> },
      { path: paths.changes.path, element: <ComingSoon title="Changes" /> },
      { path: paths.cab.path, element: <ComingSoon title="CAB agenda" /> },
      { path: paths.releases.path, element: <ComingSoon title="Releases" /> },
      { path: paths.cmdb.path, element: <ComingSoon title="CMDB" /> },
      { path: paths.audit.path, element: <ComingSoon title="Audit" /> },
      { path: paths.admin.path, element: <ComingSoon title="Admin" /> },
    ],
  },
  { path: '*', element: <NotFoundRoute /> },
];

const router = createBrowserRouter(routes);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
