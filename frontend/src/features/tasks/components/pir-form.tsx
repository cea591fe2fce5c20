import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack, Textarea } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';

import { ChoiceGroup } from '@/components/ui/choice-group';
import { ProblemAlert } from '@/components/ui/problem-alert';

import type { Task } from '../api/get-tasks';
import { useTaskCompletion } from '../hooks/use-task-completion';
import { PIR_OUTCOMES, pirSchema, type CompletionBody, type PirValues } from '../utils/decisions';

type PirFormProps = { task: Task; disabled: boolean; onCompleted: (task: Task) => void };

export function PirForm({ task, disabled, onCompleted }: PirFormProps) {
  const { control, register, handleSubmit, setError, formState } = useForm<
    PirValues,
    unknown,
    CompletionBody
  >({
    resolver: zodResolver(pirSchema),
    defaultValues: { outcome: null, lessons: '' },
  });
  const { complete, problem, isPending } = useTaskCompletion(task, {
    setError,
    fields: ['outcome', 'lessons'],
    onCompleted,
  });

  return (
    <form noValidate onSubmit={handleSubmit(complete)}>
      <Stack>
        <Controller
          control={control}
          name="outcome"
          render={({ field, fieldState }) => (
            <ChoiceGroup
              label="Outcome"
              options={PIR_OUTCOMES}
              value={field.value}
              onChange={field.onChange}
              error={fieldState.error?.message}
              disabled={disabled}
            />
          )}
        />
        <Textarea
          label="Lessons learned"
          withAsterisk
          autosize
          minRows={4}
          disabled={disabled}
          error={formState.errors.lessons?.message}
          {...register('lessons')}
        />
        {problem && <ProblemAlert {...problem} />}
        <Group justify="flex-end">
          <Button type="submit" loading={isPending} disabled={disabled}>
            Close the review
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
