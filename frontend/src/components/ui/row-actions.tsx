import { Button, Group } from '@mantine/core';

type RowActionsProps = {
  /** The row's item, named in each button's accessible name ("Edit Rack 4"). */
  name: string;
  onEdit?: () => void;
  /** The red action (Delete, Deactivate); left out where the row does not offer it. */
  danger?: { label: string; onClick: () => void };
};

/** The buttons at the end of an admin table's row: Edit, then the red one. */
export function RowActions({ name, onEdit, danger }: RowActionsProps) {
  return (
    <Group gap={4} wrap="nowrap">
      {onEdit && (
        <Button size="xs" variant="default" aria-label={`Edit ${name}`} onClick={onEdit}>
          Edit
        </Button>
      )}
      {danger && (
        <Button
          size="xs"
          variant="subtle"
          color="red"
          aria-label={`${danger.label} ${name}`}
          onClick={danger.onClick}
        >
          {danger.label}
        </Button>
      )}
    </Group>
  );
}
