import { Fieldset, Stack, Text, Title } from '@mantine/core';
import { Controller, useFormContext, useWatch } from 'react-hook-form';

import { CiPicker } from '@/components/cmdb/ci-picker';
import { ImpactedServices } from '@/components/cmdb/impacted-services';
import { paths } from '@/config/paths';

import type { ChangeFormValues } from '../utils/change-form';

import { listErrorMessage } from './rfc-field-error';

/**
 * Affected configuration items, and below them the business services a change to them reaches,
 * recomputed as items are picked.
 */
export function AffectedCisInput({ allowedTypes }: { allowedTypes?: readonly string[] }) {
  const { control } = useFormContext<ChangeFormValues>();
  const picked = useWatch({ control, name: 'affectedCis' });

  return (
    <Fieldset legend="Affected CIs">
      <Controller
        control={control}
        name="affectedCis"
        render={({ field, fieldState }) => (
          <CiPicker
            label="Configuration items"
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            ref={field.ref}
            allowedTypes={allowedTypes}
            error={listErrorMessage(fieldState.error)}
          />
        )}
      />
      {allowedTypes && allowedTypes.length > 0 && (
        <Text size="xs" c="dimmed" mt={4}>
          The change model allows: {allowedTypes.join(', ').toLowerCase()}
        </Text>
      )}
      <Stack gap={4} mt="sm">
        <Title order={4} size="h6">
          Impacted services
        </Title>
        <ImpactedServices ciKeys={picked ?? []} ciHref={paths.ci.getHref} />
      </Stack>
    </Fieldset>
  );
}
