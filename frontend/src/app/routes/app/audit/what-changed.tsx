import { WhatChangedPage } from '@/features/audit/what-changed/what-changed-page';

export function WhatChangedRoute() {
  return <WhatChangedPage />;
}
