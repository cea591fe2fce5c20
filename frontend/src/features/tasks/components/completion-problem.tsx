import { Alert, List } from '@mantine/core';

import type { CompletionProblem } from '../hooks/use-task-completion';

export function CompletionProblemAlert({ problem }: { problem?: CompletionProblem }) {
  if (!problem) return null;
  return (
    <Alert color="red" variant="light" title={problem.title}>
      {problem.message}
      {problem.unmatched.length > 0 && (
        <List size="sm" mt="xs">
          {problem.unmatched.map((e) => (
            <List.Item key={`${e.field}:${e.message}`}>
              {e.field}: {e.message}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
