import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { isoToWallTime } from '@/lib/time-zone';

import type { Task } from '../api/get-tasks';
import { useTaskCompletion } from '../hooks/use-task-completion';
import { rescheduleSchema, type CompletionBody, type RescheduleValues } from '../utils/decisions';

export type ChangeWindow = {
  plannedStart?: string | null;
  plannedEnd?: string | null;
  timeZone: string;
};

type RescheduleFormProps = {
  task: Task;
  window: ChangeWindow;
  disabled: boolean;
  onCompleted: (task: Task) => void;
};

/** RESOLVE_CONFLICT: move the window, starting from the one that clashed. */
export function RescheduleForm({ task, window, disabled, onCompleted }: RescheduleFormProps) {
  const { register, handleSubmit, setError, formState } = useForm<
    RescheduleValues,
    unknown,
    CompletionBody
  >({
    resolver: zodResolver(rescheduleSchema(window.timeZone)),
    defaultValues: {
      plannedStart: isoToWallTime(window.plannedStart, window.timeZone),
      plannedEnd: isoToWallTime(window.plannedEnd, window.timeZone),
      comment: '',
    },
  });
  const { complete, problem, isPending } = useTaskCompletion(task, {
    setError,
    fields: ['plannedStart', 'plannedEnd', 'comment'],
    onCompleted,
  });
  const { errors } = formState;

  return (
    <form noValidate onSubmit={handleSubmit(complete)}>
      <Stack>
        <Text size="sm" c="dimmed">
          Times are in {window.timeZone}, the change's time zone.
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="datetime-local"
            label="New start"
            withAsterisk
            disabled={disabled}
            error={errors.plannedStart?.message}
            {...register('plannedStart')}
          />
          <TextInput
            type="datetime-local"
            label="New end"
            withAsterisk
            disabled={disabled}
            error={errors.plannedEnd?.message}
            {...register('plannedEnd')}
          />
        </SimpleGrid>
        <Textarea
          label="Comment"
          autosize
          minRows={2}
          disabled={disabled}
          error={errors.comment?.message}
          {...register('comment')}
        />
        {problem && <ProblemAlert {...problem} />}
        <Group justify="flex-end">
          <Button type="submit" loading={isPending} disabled={disabled}>
            Reschedule
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
