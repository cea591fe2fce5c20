import { Center, Loader } from '@mantine/core';
import { lazy, Suspense, type ComponentType } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';

import { RouteError } from '@/components/errors/route-error';
import { paths } from '@/config/paths';

import { AppRoot } from './routes/app/root';
import { NotFoundRoute } from './routes/not-found';

/** A page in a chunk of its own, loaded on first visit (AppRoot shows a skeleton meanwhile). */
function page<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  const Page = lazy(async () => ({ default: pick(await load()) }));
  return <Page />;
}

export const routes: RouteObject[] = [
  {
    // Lazy too: signed-in users, the usual visitors, need neither the login form nor its
    // form library up front.
    path: paths.login.path,
    element: (
      <Suspense
        fallback={
          <Center mih="100vh">
            <Loader aria-label="Loading" />
          </Center>
        }
      >
        {page(
          () => import('./routes/login'),
          (m) => m.LoginRoute,
        )}
      </Suspense>
    ),
    errorElement: <RouteError />,
  },
  {
    // Public and outside AppRoot: an approval link works without a session.
    path: paths.approve.path,
    element: (
      <Suspense fallback={<Loader aria-label="Loading" />}>
        {page(
          () => import('./routes/approve'),
          (m) => m.ApproveRoute,
        )}
      </Suspense>
    ),
    errorElement: <RouteError />,
  },
  {
    path: paths.home.path,
    element: <AppRoot />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Navigate to={paths.inbox.getHref()} replace /> },
      {
        path: paths.inbox.path,
        element: page(
          () => import('./routes/app/inbox'),
          (m) => m.InboxRoute,
        ),
      },
      {
        path: paths.task.path,
        element: page(
          () => import('./routes/app/task'),
          (m) => m.TaskRoute,
        ),
      },
      {
        path: paths.changes.path,
        element: page(
          () => import('./routes/app/changes/changes'),
          (m) => m.ChangesRoute,
        ),
      },
      {
        path: paths.newChange.path,
        element: page(
          () => import('./routes/app/changes/new-change'),
          (m) => m.NewChangeRoute,
        ),
      },
      {
        path: paths.change.path,
        element: page(
          () => import('./routes/app/changes/change'),
          (m) => m.ChangeRoute,
        ),
      },
      {
        path: paths.editChange.path,
        element: page(
          () => import('./routes/app/changes/edit-change'),
          (m) => m.EditChangeRoute,
        ),
      },
      {
        path: paths.changeEvidence.path,
        element: page(
          () => import('./routes/app/changes/change-evidence'),
          (m) => m.ChangeEvidenceRoute,
        ),
      },
      {
        path: paths.cab.path,
        element: page(
          () => import('./routes/app/cab'),
          (m) => m.CabRoute,
        ),
      },
      {
        path: paths.releases.path,
        element: page(
          () => import('./routes/app/releases/releases'),
          (m) => m.ReleasesRoute,
        ),
      },
      {
        path: paths.newRelease.path,
        element: page(
          () => import('./routes/app/releases/new-release'),
          (m) => m.NewReleaseRoute,
        ),
      },
      {
        path: paths.release.path,
        element: page(
          () => import('./routes/app/releases/release'),
          (m) => m.ReleaseRoute,
        ),
      },
      {
        path: paths.hardware.path,
        element: page(
          () => import('./routes/app/hardware/hardware'),
          (m) => m.HardwareRoute,
        ),
      },
      {
        path: paths.incidents.path,
        element: page(
          () => import('./routes/app/incidents'),
          (m) => m.IncidentsRoute,
        ),
      },
      {
        path: paths.reports.path,
        element: page(
          () => import('./routes/app/reports'),
          (m) => m.ReportsRoute,
        ),
      },
      {
        path: paths.cmdb.path,
        element: page(
          () => import('./routes/app/cmdb/cmdb'),
          (m) => m.CmdbRoute,
        ),
      },
      {
        path: paths.ci.path,
        element: page(
          () => import('./routes/app/cmdb/ci'),
          (m) => m.CiRoute,
        ),
      },
      {
        path: paths.unauthorizedChanges.path,
        element: page(
          () => import('./routes/app/unauthorized-changes'),
          (m) => m.UnauthorizedChangesRoute,
        ),
      },
      {
        path: paths.unauthorizedChange.path,
        element: page(
          () => import('./routes/app/unauthorized-changes'),
          (m) => m.UnauthorizedChangeRoute,
        ),
      },
      {
        path: paths.audit.path,
        element: page(
          () => import('./routes/app/audit/audit'),
          (m) => m.AuditRoute,
        ),
      },
      {
        path: paths.auditWhatChanged.path,
        element: page(
          () => import('./routes/app/audit/what-changed'),
          (m) => m.WhatChangedRoute,
        ),
      },
      {
        path: paths.auditEvents.path,
        element: page(
          () => import('./routes/app/audit-events'),
          (m) => m.AuditEventsRoute,
        ),
      },
      {
        path: paths.calendar.path,
        element: page(
          () => import('./routes/app/calendar'),
          (m) => m.CalendarRoute,
        ),
      },
      {
        path: paths.admin.path,
        element: page(
          () => import('./routes/app/admin'),
          (m) => m.AdminRoute,
        ),
      },
      {
        path: paths.adminChangeModels.path,
        element: page(
          () => import('./routes/app/admin-change-models'),
          (m) => m.AdminChangeModelsRoute,
        ),
      },
      {
        path: paths.adminWindows.path,
        element: page(
          () => import('./routes/app/admin-windows'),
          (m) => m.AdminWindowsRoute,
        ),
      },
    ],
  },
  { path: '*', element: <NotFoundRoute /> },
];

const router = createBrowserRouter(routes);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
