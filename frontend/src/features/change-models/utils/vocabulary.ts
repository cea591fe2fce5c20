import { zChangeModelBody } from '@/api/generated/zod.gen';
import type { ChangeModelBody } from '@/api/generated/types.gen';

export type CiType = ChangeModelBody['allowedCiTypes'][number];
export type Category = ChangeModelBody['category'];

/** The categories of a model's changes, as the contract lists them. */
export const CATEGORIES: readonly Category[] = zChangeModelBody.shape.category.options;

const CATEGORY_LABELS: Record<string, string> = {
  APPLICATION: 'Application',
  INFRASTRUCTURE: 'Infrastructure',
  DATABASE: 'Database',
  NETWORK: 'Network',
  SECURITY: 'Security',
  OTHER: 'Other',
};

/** A category as people say it. */
export function categoryLabel(category: string): string {
  return CATEGORY_LABELS[category] ?? category.charAt(0) + category.slice(1).toLowerCase();
}

/** The kinds of configuration item a model may allow, as the contract lists them. */
export const CI_TYPES: readonly CiType[] = zChangeModelBody.shape.allowedCiTypes.element.options;

const KNOWN_LABELS: Record<string, string> = {
  BUSINESS_SERVICE: 'Business service',
  APPLICATION: 'Application',
  SERVICE: 'Service',
  SERVER: 'Server',
  DATABASE: 'Database',
  NETWORK: 'Network device',
  STORAGE: 'Storage',
  CERTIFICATE: 'Certificate',
};

/** A CI type as people say it; a type this UI does not know yet reads as its words. */
export function ciTypeLabel(type: string): string {
  return KNOWN_LABELS[type] ?? type.charAt(0) + type.slice(1).toLowerCase().replaceAll('_', ' ');
}
