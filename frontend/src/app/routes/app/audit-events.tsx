import { useMe } from '@/features/auth/api/get-me';
import { AuditEvents } from '@/features/audit/events/components/audit-events';

export function AuditEventsRoute() {
  const me = useMe();
  // Auditors only read; an admin may also record a checkpoint.
  return <AuditEvents canCheckpoint={me.data?.roles.includes('ADMIN') ?? false} />;
}
