import type { CiView, RelationView } from '@/api/generated/types.gen';

export type CiType = CiView['type'];
export type Criticality = NonNullable<CiView['criticality']>;
export type LifecycleStatus = CiView['lifecycleStatus'];
export type RelationType = RelationView['type'];

export const CI_TYPE_LABELS: Record<CiType, string> = {
  BUSINESS_SERVICE: 'Business service',
  APPLICATION: 'Application',
  SERVICE: 'Service',
  SERVER: 'Server',
  DATABASE: 'Database',
  NETWORK: 'Network device',
  STORAGE: 'Storage',
  CERTIFICATE: 'Certificate',
};

export const CI_TYPES = Object.keys(CI_TYPE_LABELS) as CiType[];

export const CRITICALITY_LABELS: Record<Criticality, string> = {
  LOW: 'Low',
  MEDIUM: 'Medium',
  HIGH: 'High',
  CRITICAL: 'Critical',
};

export const CRITICALITIES = Object.keys(CRITICALITY_LABELS) as Criticality[];

export const CRITICALITY_COLORS: Record<Criticality, string> = {
  LOW: 'gray',
  MEDIUM: 'yellow',
  HIGH: 'orange',
  CRITICAL: 'red',
};

export const LIFECYCLE_LABELS: Record<LifecycleStatus, string> = {
  PLANNED: 'Planned',
  IN_SERVICE: 'In service',
  MAINTENANCE: 'In maintenance',
  RETIRED: 'Retired',
};

export const LIFECYCLE_STATUSES = Object.keys(LIFECYCLE_LABELS) as LifecycleStatus[];

/** "source TYPE target" read aloud: "checkout-api runs on app-server-01". */
export const RELATION_LABELS: Record<RelationType, string> = {
  DEPENDS_ON: 'depends on',
  RUNS_ON: 'runs on',
  CONNECTS_TO: 'connects to',
  PART_OF: 'part of',
};

export const RELATION_TYPES = Object.keys(RELATION_LABELS) as RelationType[];

/** A type the UI does not know yet shows as the server spells it. */
export function ciTypeLabel(type: string): string {
  return CI_TYPE_LABELS[type as CiType] ?? type;
}

export function relationLabel(type: string): string {
  return RELATION_LABELS[type as RelationType] ?? type.toLowerCase().replace(/_/g, ' ');
}
