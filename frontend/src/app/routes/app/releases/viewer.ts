import { useMe } from '@/features/auth/api/get-me';

/** The signed-in user as the release pages need it; undefined while loading. */
export function useViewer() {
  const me = useMe();
  return me.data && { username: me.data.username, roles: me.data.roles };
}
