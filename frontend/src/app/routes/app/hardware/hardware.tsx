import { PageSkeleton } from '@/components/ui/page-skeleton';
import { useMe } from '@/features/auth/api/get-me';
import { HardwarePage } from '@/features/hardware/components/hardware-page';

export function HardwareRoute() {
  const me = useMe();
  if (!me.data) return <PageSkeleton label="Loading hardware" />;
  return <HardwarePage roles={me.data.roles} />;
}
