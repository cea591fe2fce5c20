import { Anchor, Button, Group, List, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

import type { CiView } from '@/api/generated/types.gen';
import { relationLabel } from '@/components/cmdb/ci-vocabulary';
import type { GraphNode } from '@/components/cmdb/graph-layout';
import { ImpactGraph } from '@/components/cmdb/impact-graph';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { paths } from '@/config/paths';

import { useCiRelations, useCisByKey, type Relation } from '../api/get-ci';
import { useRemoveRelation } from '../api/save-ci';

import { AddRelationForm } from './add-relation-form';

const relationId = (relation: Relation) => `${relation.source} ${relation.type} ${relation.target}`;

function CiLink({ ciKey, name }: { ciKey: string; name?: string }) {
  return (
    <Anchor component={Link} to={paths.ci.getHref(ciKey)} size="sm">
      {name ?? ciKey}
    </Anchor>
  );
}

/**
 * What the item relates to and what relates to it, as sentences ("checkout-api runs on
 * app-server-01") and as a graph: what it depends on to the left, what depends on it to the right.
 */
export function CiRelations({ ci, admin }: { ci: CiView; admin: boolean }) {
  const relations = useCiRelations(ci.key);
  const others = [
    ...new Set((relations.data ?? []).map((r) => (r.source === ci.key ? r.target : r.source))),
  ];
  const neighbours = useCisByKey(others);
  const remove = useRemoveRelation();

  if (relations.isError) {
    return <ProblemAlert title="Could not load the relations" error={relations.error} />;
  }
  if (!relations.data) return <Skeleton height={80} aria-label="Loading the relations" />;

  const known = new Map<string, CiView>([[ci.key, ci]]);
  for (const query of neighbours) if (query.data) known.set(query.data.key, query.data);
  const nameOf = (key: string) => known.get(key)?.name;

  const nodes: GraphNode[] = [
    ...relations.data
      .filter((r) => r.source === ci.key)
      .map((r) => ({
        key: r.target,
        name: nameOf(r.target) ?? r.target,
        type: known.get(r.target)?.type ?? '',
        layer: -1,
      })),
    { key: ci.key, name: ci.name, type: ci.type, layer: 0 },
    ...relations.data
      .filter((r) => r.target === ci.key)
      .map((r) => ({
        key: r.source,
        name: nameOf(r.source) ?? r.source,
        type: known.get(r.source)?.type ?? '',
        layer: 1,
      })),
  ];

  return (
    <Stack>
      {relations.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          No relations.
        </Text>
      ) : (
        <List spacing={4} size="sm" aria-label="Relations">
          {relations.data.map((relation) => (
            <List.Item key={relationId(relation)}>
              <Group gap={6}>
                <Text size="sm" span>
                  <CiLink ciKey={relation.source} name={nameOf(relation.source)} />{' '}
                  {relationLabel(relation.type)}{' '}
                  <CiLink ciKey={relation.target} name={nameOf(relation.target)} />
                </Text>
                {admin && (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    loading={remove.isPending && remove.variables?.target === relation.target}
                    aria-label={`Remove relation ${nameOf(relation.source) ?? relation.source} ${relationLabel(relation.type)} ${nameOf(relation.target) ?? relation.target}`}
                    onClick={() =>
                      remove.mutate({
                        key: relation.source,
                        type: relation.type,
                        target: relation.target,
                      })
                    }
                  >
                    Remove
                  </Button>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {remove.isError && <ProblemAlert title="The relation was not removed" error={remove.error} />}
      {relations.data.length > 0 && (
        <ImpactGraph
          label={`Relations of ${ci.name}`}
          nodes={nodes}
          edges={relations.data}
          highlighted={[ci.key]}
        />
      )}
      {admin && (
        <Stack gap="xs">
          <Title order={3} size="h5">
            Add a relation
          </Title>
          <AddRelationForm ci={ci} />
        </Stack>
      )}
    </Stack>
  );
}
