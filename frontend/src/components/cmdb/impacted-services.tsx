import {
  Anchor,
  Collapse,
  Group,
  List,
  Skeleton,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link } from 'react-router';

import { ProblemAlert } from '@/components/ui/problem-alert';

import { ciTypeLabel } from './ci-vocabulary';
import { CriticalityBadge } from './criticality-badge';
import { useImpact, type Impact } from './use-impact';

type ImpactedServicesProps = {
  /** The items changed. */
  ciKeys: readonly string[];
  /** Where an item's page is, to link each name. */
  ciHref: (key: string) => string;
};

/**
 * "Impacted services": the business services a change to `ciKeys` reaches, their criticality
 * and users, and how many items it reaches in all, with the full list behind an expander.
 */
export function ImpactedServices({ ciKeys, ciHref }: ImpactedServicesProps) {
  const impact = useImpact(ciKeys);
  if (ciKeys.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Pick configuration items to see the services they reach.
      </Text>
    );
  }
  if (impact.isError)
    return <ProblemAlert title="Could not load the impact" error={impact.error} />;
  if (!impact.data) return <Skeleton height={40} aria-label="Loading the impact" />;
  return <ImpactSummary impact={impact.data} ciHref={ciHref} />;
}

export function ImpactSummary({
  impact,
  ciHref,
}: {
  impact: Impact;
  ciHref: (key: string) => string;
}) {
  const [opened, { toggle }] = useDisclosure(false);
  const reached = impact.impacted.filter((ci) => ci.depth > 0);
  return (
    <Stack gap="xs" aria-label="Impacted services" role="group">
      {impact.businessServices.length === 0 ? (
        <Text size="sm">No business service is reached.</Text>
      ) : (
        <List spacing={4} size="sm" listStyleType="none" aria-label="Business services reached">
          {impact.businessServices.map((service) => (
            <List.Item key={service.key}>
              <Group gap="xs" wrap="nowrap">
                <Anchor component={Link} to={ciHref(service.key)} size="sm" fw={600}>
                  {service.name}
                </Anchor>
                <CriticalityBadge criticality={service.criticality} />
                <Text size="sm" c="dimmed">
                  {service.users ? `Users: ${service.users}` : 'Users not recorded'}
                </Text>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      <UnstyledButton onClick={toggle} aria-expanded={opened}>
        <Text size="sm" c="blue">
          {reached.length === 1 ? '1 impacted item' : `${reached.length} impacted items`}
          {opened ? ' ▴' : ' ▾'}
        </Text>
      </UnstyledButton>
      <Collapse expanded={opened}>
        <List size="sm" spacing={2} aria-label="Items reached">
          {reached.map((ci) => (
            <List.Item key={ci.key}>
              <Anchor component={Link} to={ciHref(ci.key)} size="sm">
                {ci.name}
              </Anchor>{' '}
              <Text span size="sm" c="dimmed">
                ({ciTypeLabel(ci.type)}, depth {ci.depth})
              </Text>
            </List.Item>
          ))}
        </List>
      </Collapse>
    </Stack>
  );
}
