import { ChangeModelsPage } from '@/features/change-models/components/change-models-page';

/** Admins only: the navigation and the server both say so. */
export function AdminChangeModelsRoute() {
  return <ChangeModelsPage />;
}
