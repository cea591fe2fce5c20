import { Alert, Button, FileInput, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';

import { ScrollTable } from '@/components/data-list/scroll-table';
import { ProblemAlert } from '@/components/ui/problem-alert';

import { ImportRefused, useImportCis, type BadRow } from '../api/import-cis';

function BadRows({ title, rows }: { title: string; rows: BadRow[] }) {
  return (
    <Stack gap="xs">
      <Alert color="red" variant="light" title="Nothing was imported">
        {title}. Correct these rows and import the whole file again.
      </Alert>
      <ScrollTable label="Rows with errors" minWidth={520} verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Row</Table.Th>
            <Table.Th>Field</Table.Th>
            <Table.Th>Problem</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, index) => (
            <Table.Tr key={`${row.row ?? ''}-${row.field ?? ''}-${index}`}>
              <Table.Td>{row.row ?? '—'}</Table.Td>
              <Table.Td>{row.field ?? '—'}</Table.Td>
              <Table.Td>{row.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ScrollTable>
    </Stack>
  );
}

/** Admins load many items at once from a CSV or JSON file: all of them, or none. */
export function CiImport() {
  const [file, setFile] = useState<File | null>(null);
  const upload = useImportCis();
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={3} size="h4">
          Import
        </Title>
        <Text size="sm" c="dimmed">
          A CSV file (a header row, then one item per row) or a JSON array of items. Every row is
          checked first; one bad row and nothing is imported.
        </Text>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (file) upload.mutate(file);
          }}
        >
          <Group align="flex-end">
            <FileInput
              label="File"
              // A description, not a placeholder: FileInput draws its placeholder as text too
              // light to read (axe: colour contrast 2.07:1).
              description="A .csv or .json file"
              accept=".csv,.json,text/csv,application/json"
              value={file}
              onChange={(picked) => {
                setFile(picked);
                upload.reset();
              }}
              clearable
              w={320}
            />
            <Button type="submit" disabled={!file} loading={upload.isPending}>
              Upload
            </Button>
          </Group>
        </form>
        {upload.data && (
          <Alert color="green" variant="light" title="Imported" role="status">
            {upload.data.created.length} created, {upload.data.corrected.length} corrected,{' '}
            {upload.data.relations} relations added.
          </Alert>
        )}
        {upload.error instanceof ImportRefused ? (
          <BadRows title={upload.error.title} rows={upload.error.rows} />
        ) : (
          upload.error && <ProblemAlert title="Nothing was imported" error={upload.error} />
        )}
      </Stack>
    </Paper>
  );
}
