import {
  Alert,
  Anchor,
  Group,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';

import { BarChart } from '@/components/charts/bar-chart';
import { ProblemAlert } from '@/components/ui/problem-alert';

import { kpisCsvHref, useKpis, type KpiReport, type MonthRange } from '../api/get-kpis';
import { KPI_DEFINITIONS } from '../utils/kpi-definitions';
import { formatCount, formatHours, formatRate } from '../utils/kpi-format';
import { lastTwelveMonths, monthLabel, rangeProblem } from '../utils/month-range';

import { KpiTile } from './kpi-tile';

const COLORS = {
  primary: 'var(--mantine-color-blue-6)',
  secondary: 'var(--mantine-color-orange-6)',
  tertiary: 'var(--mantine-color-red-6)',
};

const percent = (rate: number) => formatRate(rate);

/** The KPIs of the picked months: totals as tiles, each month in small charts, and what they mean. */
export function KpiReportView({ initialRange }: { initialRange?: MonthRange }) {
  const [picked, setPicked] = useState<MonthRange>(() => initialRange ?? lastTwelveMonths());
  const [range, setRange] = useState<MonthRange>(picked);
  const problem = rangeProblem(picked);

  const pick = (next: MonthRange) => {
    setPicked(next);
    if (!rangeProblem(next)) setRange(next);
  };

  return (
    <Stack gap="lg">
      <Group align="end" gap="md">
        <TextInput
          type="month"
          label="From"
          value={picked.from}
          onChange={(event) => pick({ ...picked, from: event.currentTarget.value })}
          w={180}
        />
        <TextInput
          type="month"
          label="To"
          value={picked.to}
          onChange={(event) => pick({ ...picked, to: event.currentTarget.value })}
          w={180}
        />
        <Anchor href={kpisCsvHref(range)} download pb={8}>
          Download CSV
        </Anchor>
      </Group>
      {problem && (
        <Alert color="yellow" variant="light" role="alert">
          {problem} Showing {monthLabel(range.from)} to {monthLabel(range.to)}.
        </Alert>
      )}
      <KpiFiguresView range={range} />
      <KpiDefinitions />
    </Stack>
  );
}

function KpiFiguresView({ range }: { range: MonthRange }) {
  const kpis = useKpis(range);
  if (kpis.isPending) {
    return (
      <Stack aria-busy="true" aria-label="Loading the KPIs">
        <Skeleton height={90} />
        <Skeleton height={90} />
        <Skeleton height={200} />
      </Stack>
    );
  }
  if (kpis.isError) return <ProblemAlert title="Could not load the KPIs" error={kpis.error} />;
  return <KpiFiguresContent report={kpis.data} />;
}

function KpiFiguresContent({ report }: { report: KpiReport }) {
  const t = report.totals;
  const classified = t.standardChanges + t.normalChanges + t.emergencyChanges;
  const months = report.months.map((m) => monthLabel(m.period));
  const series = <K extends keyof KpiReport['totals']>(key: K) =>
    report.months.map((m) => (m[key] as number | null | undefined) ?? null);

  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed">
        {monthLabel(report.from)} to {monthLabel(report.to)}, calendar months in UTC.
      </Text>
      <Stack gap="sm" component="section" aria-labelledby="kpi-changes">
        <Title order={3} id="kpi-changes">
          Change management
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
          <KpiTile
            name="Change success rate"
            value={formatRate(t.changeSuccessRate)}
            detail={`${t.changesSuccessful} of ${t.changesImplemented} implemented changes`}
          />
          <KpiTile
            name="Backout rate"
            value={formatRate(t.backoutRate)}
            detail={`${t.changesBackedOut} backed out, ${t.changesFailed} reviewed as failed`}
          />
          <KpiTile
            name="Emergency share"
            value={formatRate(t.emergencyShare)}
            detail={`${t.emergencyChanges} emergency, ${t.normalChanges} normal, ${t.standardChanges} standard of ${classified} submitted`}
          />
          <KpiTile
            name="Lead time to implementation"
            value={formatHours(t.leadTimeP50Hours)}
            detail={`median; p90 ${formatHours(t.leadTimeP90Hours)}`}
          />
          <KpiTile
            name="CAB approval time"
            value={formatHours(t.cabApprovalP50Hours)}
            detail={`median of ${t.cabDecisions} CAB decisions; p90 ${formatHours(t.cabApprovalP90Hours)}`}
          />
        </SimpleGrid>
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="kpi-dora">
        <Title order={3} id="kpi-dora">
          DORA metrics
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
          <KpiTile
            name="Deployment frequency"
            value={`${formatCount(t.deploymentsPerMonth)} / month`}
            detail={`${t.deployments} releases rolled out`}
          />
          <KpiTile
            name="Lead time for changes"
            value={formatHours(t.changeLeadTimeP50Hours)}
            detail="median, submission to release rolled out"
          />
          <KpiTile
            name="Change failure rate"
            value={formatRate(t.changeFailureRate)}
            detail={`${t.failedDeployments} of ${t.deployments} rollouts failed`}
          />
          <KpiTile
            name="Time to restore"
            value={formatHours(t.timeToRestoreP50Hours)}
            detail={`median; ${t.failuresRestored} restored, ${t.failuresNotRestored} not yet`}
          />
        </SimpleGrid>
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="kpi-months">
        <Title order={3} id="kpi-months">
          Month by month
        </Title>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
          <BarChart
            title="Change success rate"
            labels={months}
            series={[
              { name: 'Success rate', values: series('changeSuccessRate'), color: COLORS.primary },
            ]}
            format={percent}
            max={1}
          />
          <BarChart
            title="Changes by class"
            labels={months}
            series={[
              { name: 'Standard', values: series('standardChanges'), color: COLORS.primary },
              { name: 'Normal', values: series('normalChanges'), color: COLORS.secondary },
              { name: 'Emergency', values: series('emergencyChanges'), color: COLORS.tertiary },
            ]}
            format={formatCount}
          />
          <BarChart
            title="Lead time to implementation"
            labels={months}
            series={[
              { name: 'p50', values: series('leadTimeP50Hours'), color: COLORS.primary },
              { name: 'p90', values: series('leadTimeP90Hours'), color: COLORS.secondary },
            ]}
            format={formatHours}
          />
          <BarChart
            title="CAB approval time"
            labels={months}
            series={[
              { name: 'p50', values: series('cabApprovalP50Hours'), color: COLORS.primary },
              { name: 'p90', values: series('cabApprovalP90Hours'), color: COLORS.secondary },
            ]}
            format={formatHours}
          />
          <BarChart
            title="Deployments"
            labels={months}
            series={[
              { name: 'Rolled out', values: series('deployments'), color: COLORS.primary },
              { name: 'Failed', values: series('failedDeployments'), color: COLORS.tertiary },
            ]}
            format={formatCount}
          />
          <BarChart
            title="Change failure rate"
            labels={months}
            series={[
              { name: 'Failure rate', values: series('changeFailureRate'), color: COLORS.tertiary },
            ]}
            format={percent}
            max={1}
          />
          <BarChart
            title="Lead time for changes"
            labels={months}
            series={[
              { name: 'p50', values: series('changeLeadTimeP50Hours'), color: COLORS.primary },
            ]}
            format={formatHours}
          />
          <BarChart
            title="Time to restore"
            labels={months}
            series={[
              { name: 'p50', values: series('timeToRestoreP50Hours'), color: COLORS.secondary },
            ]}
            format={formatHours}
          />
        </SimpleGrid>
      </Stack>
    </Stack>
  );
}

function KpiDefinitions() {
  return (
    <Stack gap="sm" component="section" aria-labelledby="kpi-meaning">
      <Title order={3} id="kpi-meaning">
        What the figures mean
      </Title>
      <Stack gap="xs" component="dl" m={0}>
        {KPI_DEFINITIONS.map((kpi) => (
          <div key={kpi.name}>
            <Text component="dt" fw={600} size="sm">
              {kpi.name}
            </Text>
            <Text component="dd" size="sm" m={0}>
              {kpi.meaning}
            </Text>
          </div>
        ))}
      </Stack>
    </Stack>
  );
}
