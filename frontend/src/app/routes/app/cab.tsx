import { Stack, Title } from '@mantine/core';

import { CabAgenda } from '@/features/cab/components/cab-agenda';

export function CabRoute() {
  return (
    <Stack>
      <Title order={2}>CAB agenda</Title>
      <CabAgenda />
    </Stack>
  );
}
