import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { applyServerErrors, errorMessage } from '@/lib/form-errors';
import type { FieldError } from '@/lib/api-client';

import {
  CHANGE_REQUEST_FIELDS,
  useCreateChange,
  type ChangeRequestBody,
} from '../api/create-change';
import type { ChangeView } from '../api/get-change';
import { useChangeModels } from '../api/get-change-models';
import { useSubmitChange } from '../api/submit-change';
import { useUpdateChange } from '../api/update-change';
import {
  changeFormSchema,
  changeToFormValues,
  emptyChangeForm,
  type ChangeFormValues,
} from '../utils/change-form';

import { AffectedCisInput } from './affected-cis-input';
import { AttachmentsFields } from './attachments-fields';
import { ChangeModelSelect } from './change-model-select';
import { REVISABLE } from '../utils/change-actions';
import { RfcBasicsFields } from './rfc-basics-fields';
import { RfcImpactFields } from './rfc-impact-fields';
import { RfcPlansFields } from './rfc-plans-fields';
import { RfcWindowFields } from './rfc-window-fields';

export type SaveOutcome = { change: ChangeView; submitted: boolean; submitError?: string };

type ChangeFormProps = {
  /** The RFC to edit; a new one is created without it. */
  change?: ChangeView;
  onSaved: (outcome: SaveOutcome) => void;
};

type Problem = { message: string; unmatched: FieldError[] };

const SERVER_FORM_SHAPE = { fields: CHANGE_REQUEST_FIELDS, arrays: ['attachments'] };

export function ChangeForm({ change, onSaved }: ChangeFormProps) {
  const form = useForm<ChangeFormValues, unknown, ChangeRequestBody>({
    resolver: zodResolver(changeFormSchema),
    defaultValues: change ? changeToFormValues(change) : emptyChangeForm(),
  });
  const models = useChangeModels();
  const create = useCreateChange();
  const update = useUpdateChange();
  const submit = useSubmitChange();
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState<'save' | 'submit'>();

  // useWatch, not watch: only a model change should re-render the whole form.
  const modelId = useWatch({ control: form.control, name: 'changeModelId' });
  const model = models.data?.find((m) => m.id === modelId);

  async function save(body: ChangeRequestBody, andSubmit: boolean) {
    setProblem(undefined);
    setBusy(andSubmit ? 'submit' : 'save');
    let saved: ChangeView | undefined;
    try {
      saved = change
        ? await update.mutateAsync({ key: change.key, body })
        : await create.mutateAsync(body);
      if (andSubmit) saved = await submit.mutateAsync(saved.key);
      onSaved({ change: saved, submitted: andSubmit });
    } catch (error) {
      if (saved) {
        // Saved, but the submit failed: the draft exists now, so leave the new-RFC page anyway.
        onSaved({ change: saved, submitted: false, submitError: errorMessage(error) });
        return;
      }
      const unmatched = applyServerErrors(error, form.setError, SERVER_FORM_SHAPE);
      setProblem({ message: errorMessage(error), unmatched });
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={form.handleSubmit((body) => save(body, true))}>
        <Stack>
          {models.data && models.data.length > 0 && <ChangeModelSelect models={models.data} />}
          <RfcBasicsFields categoryLocked={model !== undefined} />
          <RfcImpactFields />
          <RfcPlansFields lockedBy={model?.name} />
          <RfcWindowFields />
          <AffectedCisInput allowedTypes={model?.allowedCiTypes} />
          <AttachmentsFields />
          {problem && (
            <ProblemAlert
              title="The RFC was not saved"
              message={problem.message}
              unmatched={problem.unmatched}
            />
          )}
          <Group justify="flex-end">
            {change && REVISABLE.includes(change.state) ? (
              // Saving an approved change starts its next revision; the process takes it from there.
              <Button
                loading={busy === 'save'}
                onClick={form.handleSubmit((body) => save(body, false))}
              >
                Save as new revision (needs approval again)
              </Button>
            ) : (
              <>
                <Button
                  variant="default"
                  loading={busy === 'save'}
                  disabled={busy === 'submit'}
                  onClick={form.handleSubmit((body) => save(body, false))}
                >
                  Save draft
                </Button>
                <Button type="submit" loading={busy === 'submit'} disabled={busy === 'save'}>
                  {change?.state === 'INFO_REQUESTED' ? 'Resubmit' : 'Submit'}
                </Button>
              </>
            )}
          </Group>
        </Stack>
      </form>
    </FormProvider>
  );
}
