import { Button, Group, Select, Text } from '@mantine/core';
import { useState } from 'react';

import type { CiView } from '@/api/generated/types.gen';
import { CiPicker } from '@/components/cmdb/ci-picker';
import {
  RELATION_LABELS,
  RELATION_TYPES,
  type RelationType,
} from '@/components/cmdb/ci-vocabulary';
import { ApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/form-errors';

import { useAddRelation } from '../api/save-ci';

const typeOptions = RELATION_TYPES.map((value) => ({ value, label: RELATION_LABELS[value] }));

/** "This item TYPE target": the target is found with the CI picker of the RFC form. */
export function AddRelationForm({ ci }: { ci: CiView }) {
  const add = useAddRelation();
  const [type, setType] = useState<RelationType | null>(null);
  const [target, setTarget] = useState<string[]>([]);
  const [problem, setProblem] = useState<{ field?: string; message: string }>();

  function submit() {
    setProblem(undefined);
    if (!type) return setProblem({ field: 'type', message: 'Fill in this field.' });
    if (target.length === 0) return setProblem({ field: 'target', message: 'Fill in this field.' });
    add.mutate(
      { key: ci.key, type, target: target[0] ?? '' },
      {
        onSuccess: () => {
          setType(null);
          setTarget([]);
        },
        onError: (error) => {
          const first = error instanceof ApiError ? error.errors[0] : undefined;
          setProblem(
            first
              ? { field: first.field, message: first.message }
              : { message: errorMessage(error) },
          );
        },
      },
    );
  }

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Group align="flex-start" gap="sm">
        <Text size="sm" mt={30} fw={500}>
          {ci.name}
        </Text>
        <Select
          label="Relation"
          data={typeOptions}
          value={type}
          onChange={(value) => setType(value)}
          error={problem?.field === 'type' ? problem.message : undefined}
          w={180}
        />
        <div style={{ minWidth: 320, flex: 1 }}>
          <CiPicker
            label="Target item"
            value={target}
            onChange={setTarget}
            maxValues={1}
            exclude={[ci.key]}
            error={problem?.field === 'target' ? problem.message : undefined}
          />
        </div>
        <Button type="submit" mt={25} loading={add.isPending}>
          Add relation
        </Button>
      </Group>
      {problem && problem.field !== 'type' && problem.field !== 'target' && (
        <Text size="sm" c="red" mt="xs" role="alert">
          {problem.message}
        </Text>
      )}
    </form>
  );
}
