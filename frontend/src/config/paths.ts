const segment = (value: string) => encodeURIComponent(value);

export const paths = {
  home: { path: '/', getHref: () => '/' },
  login: {
    path: '/login',
    getHref: (redirectTo?: string | null) =>
      redirectTo ? `/login?redirectTo=${encodeURIComponent(redirectTo)}` : '/login',
  },
  approve: { path: '/approve/:token', getHref: (token: string) => `/approve/${segment(token)}` },
  inbox: { path: '/inbox', getHref: () => '/inbox' },
  task: { path: '/inbox/:taskId', getHref: (taskId: string) => `/inbox/${segment(taskId)}` },
  changes: { path: '/changes', getHref: () => '/changes' },
  newChange: { path: '/changes/new', getHref: () => '/changes/new' },
  change: { path: '/changes/:key', getHref: (key: string) => `/changes/${segment(key)}` },
  editChange: {
    path: '/changes/:key/edit',
    getHref: (key: string) => `/changes/${segment(key)}/edit`,
  },
  changeEvidence: {
    path: '/changes/:key/evidence',
    getHref: (key: string) => `/changes/${segment(key)}/evidence`,
  },
  cab: { path: '/cab', getHref: () => '/cab' },
  releases: { path: '/releases', getHref: () => '/releases' },
  newRelease: { path: '/releases/new', getHref: () => '/releases/new' },
  release: { path: '/releases/:key', getHref: (key: string) => `/releases/${segment(key)}` },
  hardware: { path: '/hardware', getHref: () => '/hardware' },
  incidents: { path: '/incidents', getHref: () => '/incidents' },
  cmdb: { path: '/cmdb', getHref: () => '/cmdb' },
  unauthorizedChanges: {
    path: '/unauthorized-changes',
    getHref: (status?: string) =>
      status
        ? `/unauthorized-changes?status=${encodeURIComponent(status)}`
        : '/unauthorized-changes',
  },
  unauthorizedChange: {
    path: '/unauthorized-changes/:id',
    getHref: (id: number | string) => `/unauthorized-changes/${segment(String(id))}`,
  },
  ci: { path: '/cmdb/:key', getHref: (key: string) => `/cmdb/${segment(key)}` },
  reports: { path: '/reports', getHref: () => '/reports' },
  audit: { path: '/audit', getHref: () => '/audit' },
  auditWhatChanged: { path: '/audit/what-changed', getHref: () => '/audit/what-changed' },
  auditEvents: {
    path: '/audit/events',
    getHref: (search?: URLSearchParams | string) => {
      const query = search?.toString() ?? '';
      return query ? `/audit/events?${query}` : '/audit/events';
    },
  },
  calendar: { path: '/calendar', getHref: () => '/calendar' },
  admin: { path: '/admin', getHref: () => '/admin' },
  adminChangeModels: { path: '/admin/change-models', getHref: () => '/admin/change-models' },
  adminWindows: { path: '/admin/windows', getHref: () => '/admin/windows' },
} as const;

/** Only same-origin paths may be used after login, so a crafted link cannot send users elsewhere. */
export function safeRedirect(target: string | null | undefined, fallback: string): string {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) {
    return fallback;
  }
  return target;
}
