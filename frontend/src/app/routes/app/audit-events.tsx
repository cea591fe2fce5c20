import { AuditEvents } from '@/features/audit/events/components/audit-events';

export function AuditEventsRoute() {
  return <AuditEvents />;
}
