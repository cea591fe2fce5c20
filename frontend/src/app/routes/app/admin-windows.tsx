import { ComingSoon } from '@/components/ui/coming-soon';

export function AdminWindowsRoute() {
  return <ComingSoon title="Blackout and maintenance windows" />;
}
