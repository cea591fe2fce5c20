import { Select } from '@mantine/core';
import { useFormContext, useWatch } from 'react-hook-form';

import type { ChangeModel } from '../api/get-change-models';
import type { ChangeFormValues } from '../utils/change-form';

/** Picking a standard change model copies its category and plans into the form. */
export function ChangeModelSelect({ models }: { models: readonly ChangeModel[] }) {
  const { setValue, control } = useFormContext<ChangeFormValues>();
  const selected = useWatch({ control, name: 'changeModelId' });
  const options = models
    .filter((model) => model.active || model.id === selected)
    .map((model) => ({ value: model.id, label: model.name }));

  function choose(id: string | null) {
    setValue('changeModelId', id, { shouldDirty: true });
    const model = models.find((m) => m.id === id);
    if (!model) return;
    const fill = { shouldDirty: true, shouldValidate: true } as const;
    if (model.category) setValue('category', model.category, fill);
    setValue('implementationPlan', model.implementationPlan ?? '', fill);
    setValue('testPlan', model.testPlan ?? '', fill);
    setValue('backoutPlan', model.backoutPlan ?? '', fill);
  }

  return (
    <Select
      label="Change model"
      description="Optional: a pre-approved standard change supplies the plans"
      placeholder="No model"
      data={options}
      value={selected}
      onChange={choose}
      clearable
      searchable
    />
  );
}
