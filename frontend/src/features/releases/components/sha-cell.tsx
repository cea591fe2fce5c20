import { ActionIcon, CopyButton, Group, Text, Tooltip } from '@mantine/core';

/** A SHA-256 in full, in monospace, with a button that copies it. */
export function ShaCell({ sha256, of }: { sha256: string; of: string }) {
  return (
    <Group gap={4} wrap="nowrap">
      <Text ff="monospace" fz="xs" style={{ wordBreak: 'break-all' }}>
        {sha256}
      </Text>
      <CopyButton value={sha256}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? 'Copied' : 'Copy'} withArrow>
            <ActionIcon
              variant="subtle"
              color={copied ? 'teal' : 'gray'}
              aria-label={`Copy SHA-256 of ${of}`}
              onClick={copy}
            >
              {copied ? '✓' : '⧉'}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}
