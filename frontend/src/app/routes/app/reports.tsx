import { Stack, Title } from '@mantine/core';

import { KpiReportView } from '@/features/reports/components/kpi-report';

export function ReportsRoute() {
  return (
    <Stack>
      <Title order={2}>Reports</Title>
      <KpiReportView />
    </Stack>
  );
}
