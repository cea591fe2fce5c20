import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Center,
  Group,
  Loader,
  Radio,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { Controller, useForm, useWatch } from 'react-hook-form';

import { paths } from '@/config/paths';
import { ApiError } from '@/lib/api-client';
import { applyServerErrors, errorMessage } from '@/lib/form-errors';
import { browserTimeZone, formatInZone, formatWindow } from '@/lib/time-zone';

import {
  confirmInputSchema,
  useConfirmEmailApproval,
  type ConfirmInput,
  type EmailApprovalResult,
  type EmailDecision,
} from '../api/confirm-email-approval';
import { useEmailApproval, type EmailApproval } from '../api/get-email-approval';

const KIND_LABELS: Record<string, string> = {
  CAB_VOTE: 'CAB vote',
  ECAB_APPROVAL: 'ECAB approval',
};

const FIELDS = ['decision', 'comment'];

/** The heading of a failed request, by what the server said. */
function problemTitle(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Nothing was decided';
  switch (error.status) {
    case 401:
      return 'Invalid link';
    case 403:
      return 'Not allowed';
    case 409:
      return 'Already decided';
    case 410:
      return 'Link no longer valid';
    default:
      return 'Nothing was decided';
  }
}

type EmailApprovalConfirmProps = {
  token: string;
  /** The decision the clicked link stands for (`?decision=`), preselected. */
  initialDecision: EmailDecision | null;
};

/**
 * The page an approval link in an email opens: what the link decides, and a button to
 * confirm. Opening it changes nothing, so a mail scanner following the link decides nothing.
 */
export function EmailApprovalConfirm({ token, initialDecision }: EmailApprovalConfirmProps) {
  const approval = useEmailApproval(token);
  const confirm = useConfirmEmailApproval(token);

  if (approval.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label="Loading the approval" />
      </Center>
    );
  }
  if (approval.isError) {
    return (
      <Alert color="red" variant="light" title={problemTitle(approval.error)}>
        {errorMessage(approval.error)}
      </Alert>
    );
  }
  const summary = approval.data;
  return (
    <Stack>
      <ChangeSummary approval={summary} />
      {confirm.isSuccess ? (
        <Decided result={confirm.data} />
      ) : summary.usable ? (
        <ConfirmForm approval={summary} initialDecision={initialDecision} confirm={confirm} />
      ) : (
        <Alert color="yellow" variant="light" title="This link cannot be used">
          {summary.problem ?? 'This link can no longer decide anything.'}
        </Alert>
      )}
    </Stack>
  );
}

function ChangeSummary({ approval }: { approval: EmailApproval }) {
  const { task } = approval;
  const zone = browserTimeZone();
  return (
    <Stack gap="xs">
      <Title order={1} size="h2">
        {KIND_LABELS[task.kind] ?? task.title}: {task.changeKey}
      </Title>
      <Text fw={500}>{task.changeTitle}</Text>
      <Group gap="xs">
        {task.priority && <Badge variant="outline">{task.priority}</Badge>}
        {task.risk && <Badge variant="light">Risk {task.risk.toLowerCase()}</Badge>}
      </Group>
      <Text size="sm">
        <Text span c="dimmed">
          Planned window:{' '}
        </Text>
        {formatWindow(task.plannedStart, task.plannedEnd, zone)}
      </Text>
      <Text size="sm">
        <Text span c="dimmed">
          Deciding as:{' '}
        </Text>
        {approval.approverName ?? approval.approver} ({approval.approver})
      </Text>
      <Text size="sm" c="dimmed">
        This link works once, until {formatInZone(approval.expiresAt, zone)}.
      </Text>
    </Stack>
  );
}

type ConfirmFormProps = {
  approval: EmailApproval;
  initialDecision: EmailDecision | null;
  confirm: ReturnType<typeof useConfirmEmailApproval>;
};

function ConfirmForm({ approval, initialDecision, confirm }: ConfirmFormProps) {
  const { control, register, handleSubmit, setError, formState } = useForm<ConfirmInput>({
    resolver: zodResolver(confirmInputSchema),
    defaultValues: { decision: initialDecision ?? undefined, comment: '' },
  });
  const decision = useWatch({ control, name: 'decision' });
  const submit = (input: ConfirmInput) =>
    confirm.mutate(input, {
      onError: (error) => applyServerErrors(error, setError, { fields: FIELDS }),
    });
  const fieldErrorShown =
    confirm.error instanceof ApiError &&
    confirm.error.errors.some((e) => FIELDS.includes(e.field));

  return (
    <form noValidate onSubmit={handleSubmit(submit)} aria-label="Confirm your decision">
      <Stack>
        <Controller
          control={control}
          name="decision"
          render={({ field, fieldState }) => (
            <Radio.Group
              label="Your decision"
              withAsterisk
              value={field.value ?? null}
              onChange={field.onChange}
              error={fieldState.error?.message}
            >
              <Group mt="xs">
                <Radio value="approve" label="Approve" />
                <Radio value="reject" label="Reject" />
              </Group>
            </Radio.Group>
          )}
        />
        <Textarea
          label="Comment"
          description={
            decision === 'reject' ? 'Say why, so the requester can act on it.' : 'Optional.'
          }
          withAsterisk={decision === 'reject'}
          autosize
          minRows={3}
          error={formState.errors.comment?.message}
          {...register('comment')}
        />
        {confirm.isError && !fieldErrorShown && (
          <Alert color="red" variant="light" title={problemTitle(confirm.error)}>
            {errorMessage(confirm.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button
            type="submit"
            loading={confirm.isPending}
            color={decision === 'reject' ? 'red' : undefined}
          >
            Confirm
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          Your decision counts as {approval.approver}&apos;s vote, as if cast in the inbox.
        </Text>
      </Stack>
    </form>
  );
}

function Decided({ result }: { result: EmailApprovalResult }) {
  const verb = result.decision === 'reject' ? 'rejected' : 'approved';
  return (
    <Alert color="green" variant="light" title="Decision recorded">
      <Stack gap="xs">
        <Text size="sm">
          You {verb} {result.changeKey} as {result.approver}. Nothing else to do: the change
          moves on when the votes are in.
        </Text>
        <Anchor href={paths.change.getHref(result.changeKey)} size="sm">
          Open {result.changeKey} in Changeflow
        </Anchor>
      </Stack>
    </Alert>
  );
}
