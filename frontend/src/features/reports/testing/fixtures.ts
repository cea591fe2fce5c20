// API-shaped KPI figures for tests: what GET /api/reports/kpis sends.

import { zKpiFigures, zKpiReport } from '@/api/generated/zod.gen';
import { contractFixture } from '@/testing/contract-fixture';

/** A month with nothing in it: counts zero, rates and percentiles left out (the server omits nulls). */
export function quietMonth(period: string) {
  return contractFixture(zKpiFigures, {
    period,
    changesImplemented: 0,
    changesSuccessful: 0,
    changesFailed: 0,
    changesBackedOut: 0,
    standardChanges: 0,
    normalChanges: 0,
    emergencyChanges: 0,
    cabDecisions: 0,
    deployments: 0,
    deploymentsPerMonth: 0,
    failedDeployments: 0,
    failuresRestored: 0,
    failuresNotRestored: 0,
  });
}

/** A busy month: 4 changes implemented (2 successful, 1 failed, 1 backed out), 2 rollouts. */
export function busyMonth(period: string, overrides: Record<string, unknown> = {}) {
  return contractFixture(zKpiFigures, {
    period,
    changesImplemented: 4,
    changesSuccessful: 2,
    changesFailed: 1,
    changesBackedOut: 1,
    changeSuccessRate: 0.5,
    backoutRate: 0.25,
    standardChanges: 2,
    normalChanges: 1,
    emergencyChanges: 1,
    emergencyShare: 0.25,
    leadTimeP50Hours: 30,
    leadTimeP90Hours: 96,
    cabDecisions: 1,
    cabApprovalP50Hours: 5.5,
    cabApprovalP90Hours: 20,
    deployments: 2,
    deploymentsPerMonth: 2,
    failedDeployments: 1,
    changeFailureRate: 0.5,
    changeLeadTimeP50Hours: 50,
    failuresRestored: 1,
    failuresNotRestored: 0,
    timeToRestoreP50Hours: 0.75,
    ...overrides,
  });
}

/** Three months, the last one busy, with totals over them. */
export function aKpiReport() {
  return contractFixture(zKpiReport, {
    from: '2026-01',
    to: '2026-03',
    months: [quietMonth('2026-01'), quietMonth('2026-02'), busyMonth('2026-03')],
    totals: busyMonth('2026-01/2026-03', { deploymentsPerMonth: 0.6667 }),
  });
}
