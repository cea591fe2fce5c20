import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';

import { ProblemAlert } from '@/components/ui/problem-alert';

import { useGenerateReleaseNotes } from '../api/generate-release-notes';
import type { ReleaseView } from '../api/get-release';
import { releaseUpdateSchema, updateBodyOf, useUpdateRelease } from '../api/update-release';

/** Release notes: written by hand or generated from the changes, editable until the build. */
export function ReleaseNotesEditor({
  release,
  editable,
}: {
  release: ReleaseView;
  editable: boolean;
}) {
  const saved = release.releaseNotes ?? '';
  const [draft, setDraft] = useState<string>();
  const notes = draft ?? saved;
  const update = useUpdateRelease();
  const generate = useGenerateReleaseNotes();
  const [invalid, setInvalid] = useState<string>();

  if (!editable) {
    return (
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={saved ? undefined : 'dimmed'}>
        {saved || 'No release notes.'}
      </Text>
    );
  }

  function save() {
    const body = { ...updateBodyOf(release), releaseNotes: notes };
    const checked = releaseUpdateSchema.safeParse(body);
    const issue = checked.error?.issues.find((i) => i.path[0] === 'releaseNotes');
    setInvalid(issue?.message);
    if (issue) return;
    update.mutate(
      { key: release.key, body: checked.success ? checked.data : body },
      { onSuccess: () => setDraft(undefined) },
    );
  }

  const serverError = update.error ?? generate.error;
  return (
    <Stack gap="xs">
      <Textarea
        label="Release notes"
        autosize
        minRows={4}
        value={notes}
        onChange={(event) => setDraft(event.currentTarget.value)}
        error={invalid}
      />
      {serverError && <ProblemAlert error={serverError} />}
      <Group gap="xs">
        <Button
          variant="default"
          loading={generate.isPending}
          onClick={() => generate.mutate(release.key, { onSuccess: () => setDraft(undefined) })}
        >
          Generate from changes
        </Button>
        <Button onClick={save} loading={update.isPending} disabled={draft === undefined}>
          Save notes
        </Button>
      </Group>
    </Stack>
  );
}
