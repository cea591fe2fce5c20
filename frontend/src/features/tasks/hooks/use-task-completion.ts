import { useState } from 'react';
import type { FieldValues, UseFormSetError } from 'react-hook-form';

import { ApiError, type FieldError } from '@/lib/api-client';
import { applyServerErrors } from '@/lib/form-errors';

import { useCompleteTask } from '../api/complete-task';
import type { Task } from '../api/get-tasks';
import type { CompletionBody } from '../utils/decisions';

export type CompletionProblem = { title: string; error: unknown; unmatched: FieldError[] };

/** The title to show above a failed completion, by what the server said. */
export function problemTitle(error: unknown): string {
  if (error instanceof ApiError && error.status === 409) return 'Already completed';
  if (error instanceof ApiError && error.status === 403) return 'Not allowed';
  return 'The task was not completed';
}

/**
 * Completes `task` with a form's body; field errors go to the form's fields, anything else
 * (403 segregation of duties, 409 someone else was quicker) becomes the returned problem.
 */
export function useTaskCompletion<T extends FieldValues>(
  task: Task,
  {
    setError,
    fields,
    onCompleted,
  }: {
    setError: UseFormSetError<T>;
    fields: readonly string[];
    onCompleted: (task: Task) => void;
  },
) {
  const mutation = useCompleteTask();
  const [problem, setProblem] = useState<CompletionProblem>();

  const complete = (body: CompletionBody) => {
    setProblem(undefined);
    mutation.mutate(
      { id: task.id, body },
      {
        onSuccess: onCompleted,
        onError: (error) => {
          const unmatched = applyServerErrors(error, setError, { fields });
          setProblem({ title: problemTitle(error), error, unmatched });
        },
      },
    );
  };

  return { complete, problem, isPending: mutation.isPending };
}
