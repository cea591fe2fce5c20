import { Blockquote, Button, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';

type ProvideInformationProps = {
  question: string | null;
  editHref: string;
  disabled: boolean;
};

/**
 * The requester answers by editing the RFC and resubmitting it; saving and resubmitting there
 * completes this task, so there is no form here.
 */
export function ProvideInformation({ question, editHref, disabled }: ProvideInformationProps) {
  return (
    <Stack>
      <Text size="sm">The change manager asks:</Text>
      <Blockquote color="yellow" p="md">
        {question ?? 'No question was recorded. Check the change’s timeline.'}
      </Blockquote>
      <Text size="sm" c="dimmed">
        Update the RFC with the answer, then choose “Resubmit”.
      </Text>
      <Group>
        <Button component={Link} to={editHref} disabled={disabled}>
          Edit and resubmit the RFC
        </Button>
      </Group>
    </Stack>
  );
}
