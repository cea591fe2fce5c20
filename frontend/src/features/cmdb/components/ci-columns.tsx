import { KeyLink, type Column } from '@/components/data-list/data-table';
import { ciTypeLabel, LIFECYCLE_LABELS } from '@/components/cmdb/ci-vocabulary';
import { CriticalityBadge } from '@/components/cmdb/criticality-badge';
import { paths } from '@/config/paths';

import type { Ci } from '../api/get-cis';

/** The columns of the CMDB list. */
export const CI_COLUMNS: readonly Column<Ci>[] = [
  { header: 'Key', cell: (ci) => <KeyLink to={paths.ci.getHref(ci.key)}>{ci.key}</KeyLink> },
  { header: 'Name', cell: (ci) => ci.name },
  { header: 'Type', cell: (ci) => ciTypeLabel(ci.type) },
  { header: 'Environment', cell: (ci) => ci.environment ?? '—' },
  { header: 'Criticality', cell: (ci) => <CriticalityBadge criticality={ci.criticality} /> },
  { header: 'Owner team', cell: (ci) => ci.ownerGroup ?? '—' },
  { header: 'Lifecycle', cell: (ci) => LIFECYCLE_LABELS[ci.lifecycleStatus] ?? ci.lifecycleStatus },
  { header: 'Version', cell: (ci) => ci.version ?? '—' },
];
