import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { Controller, useForm, useWatch } from 'react-hook-form';

import { ChoiceGroup } from '@/components/ui/choice-group';
import { ProblemAlert } from '@/components/ui/problem-alert';

import type { Task } from '../api/get-tasks';
import { useTaskCompletion } from '../hooks/use-task-completion';
import {
  CHANGE_CLASS_OPTIONS,
  decisionSchema,
  emptyDecision,
  RISK_OPTIONS,
  type CompletionBody,
  type DecisionConfig,
  type DecisionValues,
} from '../utils/decisions';

type DecisionFormProps = {
  task: Task;
  config: DecisionConfig;
  disabled: boolean;
  onCompleted: (task: Task) => void;
};

const FIELDS = ['decision', 'comment', 'changeClass', 'risk'];

/** Approve/reject style decisions: a choice, a comment (required for some choices). */
export function DecisionForm({ task, config, disabled, onCompleted }: DecisionFormProps) {
  const { control, register, handleSubmit, setError, formState } = useForm<
    DecisionValues,
    unknown,
    CompletionBody
  >({ resolver: zodResolver(decisionSchema(config)), defaultValues: emptyDecision });
  const { complete, problem, isPending } = useTaskCompletion(task, {
    setError,
    fields: FIELDS,
    onCompleted,
  });
  const decision = useWatch({ control, name: 'decision' });
  const commentRequired = decision !== null && decision in config.commentRequired;

  return (
    <form noValidate onSubmit={handleSubmit(complete)}>
      <fieldset disabled={disabled} style={{ border: 0, padding: 0, margin: 0 }}>
        <Stack>
          <Controller
            control={control}
            name="decision"
            render={({ field, fieldState }) => (
              <ChoiceGroup
                label="Decision"
                options={config.options}
                value={field.value}
                onChange={field.onChange}
                error={fieldState.error?.message}
                disabled={disabled}
              />
            )}
          />
          {config.reclassify && decision === 'reclassify' && (
            <SimpleGrid cols={{ base: 1, xs: 2 }}>
              {(
                [
                  ['changeClass', 'Class', CHANGE_CLASS_OPTIONS],
                  ['risk', 'Risk', RISK_OPTIONS],
                ] as const
              ).map(([name, label, options]) => (
                <Controller
                  key={name}
                  control={control}
                  name={name}
                  render={({ field, fieldState }) => (
                    <Select
                      label={label}
                      withAsterisk
                      data={[...options]}
                      value={field.value}
                      onChange={field.onChange}
                      error={fieldState.error?.message}
                    />
                  )}
                />
              ))}
            </SimpleGrid>
          )}
          <Textarea
            label="Comment"
            withAsterisk={commentRequired}
            autosize
            minRows={3}
            error={formState.errors.comment?.message}
            {...register('comment')}
          />
          {problem && <ProblemAlert {...problem} />}
          <Group justify="flex-end">
            <Button type="submit" loading={isPending} disabled={disabled}>
              Complete task
            </Button>
          </Group>
        </Stack>
      </fieldset>
    </form>
  );
}
