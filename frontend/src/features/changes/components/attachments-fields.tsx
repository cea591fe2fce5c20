import {
  ActionIcon,
  Button,
  FileButton,
  Fieldset,
  Group,
  NumberInput,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { Controller, useFieldArray, useFormContext } from 'react-hook-form';

import { canDigest, describeFile } from '../utils/file-digest';
import type { ChangeFormValues } from '../utils/change-form';

/**
 * Attachment metadata rows (name, size, SHA-256). Choosing a local file fills a row from the
 * file itself; the file is hashed in the browser and never uploaded.
 */
export function AttachmentsFields() {
  const {
    register,
    control,
    formState: { errors },
  } = useFormContext<ChangeFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'attachments' });
  const [hashing, setHashing] = useState(false);
  const [hashError, setHashError] = useState<string>();

  async function addFile(file: File | null) {
    if (!file) return;
    setHashing(true);
    setHashError(undefined);
    try {
      append(await describeFile(file));
    } catch {
      setHashError(`Could not read ${file.name}.`);
    } finally {
      setHashing(false);
    }
  }

  return (
    <Fieldset legend="Attachments">
      <Stack gap="xs">
        {fields.length === 0 && (
          <Text size="sm" c="dimmed">
            No attachments. Add the metadata of runbooks or evidence kept elsewhere.
          </Text>
        )}
        {fields.map((row, index) => {
          const rowErrors = errors.attachments?.[index];
          return (
            <Group key={row.id} align="flex-start" gap="xs" wrap="nowrap">
              <TextInput
                aria-label={`Attachment ${index + 1} name`}
                placeholder="Name"
                flex={2}
                error={rowErrors?.name?.message}
                {...register(`attachments.${index}.name`)}
              />
              <Controller
                control={control}
                name={`attachments.${index}.size`}
                render={({ field }) => (
                  <NumberInput
                    aria-label={`Attachment ${index + 1} size in bytes`}
                    placeholder="Bytes"
                    allowDecimal={false}
                    allowNegative={false}
                    w={130}
                    value={field.value ?? ''}
                    onChange={(value) => field.onChange(typeof value === 'number' ? value : null)}
                    onBlur={field.onBlur}
                    ref={field.ref}
                    error={rowErrors?.size?.message}
                  />
                )}
              />
              <TextInput
                aria-label={`Attachment ${index + 1} SHA-256`}
                placeholder="SHA-256 (64 hex characters)"
                flex={3}
                ff="monospace"
                error={rowErrors?.sha256?.message}
                {...register(`attachments.${index}.sha256`)}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={`Remove attachment ${index + 1}`}
                onClick={() => remove(index)}
              >
                ×
              </ActionIcon>
            </Group>
          );
        })}
        {errors.attachments?.message && (
          <Text size="sm" c="red">
            {errors.attachments.message}
          </Text>
        )}
        {hashError && (
          <Text size="sm" c="red">
            {hashError}
          </Text>
        )}
        <Group gap="xs">
          {canDigest() && (
            <FileButton onChange={(file) => void addFile(file)}>
              {(props) => (
                <Button variant="light" size="xs" loading={hashing} {...props}>
                  Add from a local file…
                </Button>
              )}
            </FileButton>
          )}
          <Button
            variant="subtle"
            size="xs"
            onClick={() => append({ name: '', size: null, sha256: '' })}
          >
            Add row
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
