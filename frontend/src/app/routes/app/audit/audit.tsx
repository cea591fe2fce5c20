import { AuditHome } from '@/features/audit/components/audit-home';

export function AuditRoute() {
  return <AuditHome />;
}
