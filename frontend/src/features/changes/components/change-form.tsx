import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack } from '@mantine/core';
import { useRef, useState } from 'react';
import { FormProvider, useForm, useWatch, type Resolver } from 'react-hook-form';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { applyServerErrors, errorMessage } from '@/lib/form-errors';
import { ApiError, type FieldError } from '@/lib/api-client';

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
  changeDraftFormSchema,
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

type Problem = { title: string; message: string; unmatched: FieldError[] };

const SERVER_FORM_SHAPE = { fields: CHANGE_REQUEST_FIELDS, arrays: ['attachments'] };

type Rules = 'draft' | 'submission';

const RESOLVERS: Record<Rules, Resolver<ChangeFormValues, unknown, ChangeRequestBody>> = {
  draft: zodResolver(changeDraftFormSchema),
  submission: zodResolver(changeFormSchema),
};

export function ChangeForm({ change, onSaved }: ChangeFormProps) {
  // Which rules the next check applies: a draft needs only a title, submitting needs everything.
  const rules = useRef<Rules>('submission');
  const form = useForm<ChangeFormValues, unknown, ChangeRequestBody>({
    resolver: (values, context, options) => RESOLVERS[rules.current](values, context, options),
    defaultValues: change ? changeToFormValues(change) : emptyChangeForm(),
  });
  // Once saved (a submit the server refused leaves a draft), later saves update that one.
  const [stored, setStored] = useState(change);
  // Only a draft may be incomplete: an edit of a submitted RFC keeps everything it needs.
  const draftRules: Rules = !stored || stored.state === 'DRAFT' ? 'draft' : 'submission';
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
      saved = stored
        ? await update.mutateAsync({ key: stored.key, body })
        : await create.mutateAsync(body);
      setStored(saved);
      if (andSubmit) saved = await submit.mutateAsync(saved.key);
      onSaved({ change: saved, submitted: andSubmit });
    } catch (error) {
      const unmatched = applyServerErrors(error, form.setError, SERVER_FORM_SHAPE);
      if (saved && !(error instanceof ApiError && error.errors.length > unmatched.length)) {
        // Saved, but the submit failed for no field's sake: the draft exists, so show it.
        onSaved({ change: saved, submitted: false, submitError: errorMessage(error) });
        return;
      }
      // Fields at fault stay in the form, next to the server's words about them.
      const title = !saved
        ? 'The RFC was not saved'
        : saved.state === 'DRAFT'
          ? 'Saved as a draft, not submitted'
          : 'Saved, not submitted';
      setProblem({ title, message: errorMessage(error), unmatched });
    } finally {
      setBusy(undefined);
    }
  }

  function check(next: Rules, andSubmit: boolean) {
    rules.current = next;
    return form.handleSubmit((body) => save(body, andSubmit));
  }

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={(event) => check('submission', true)(event)}>
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
              title={problem.title}
              message={problem.message}
              unmatched={problem.unmatched}
            />
          )}
          <Group justify="flex-end">
            {stored && REVISABLE.includes(stored.state) ? (
              // Saving an approved change starts its next revision; the process takes it from there.
              <Button
                loading={busy === 'save'}
                onClick={(event) => check('submission', false)(event)}
              >
                Save as new revision (needs approval again)
              </Button>
            ) : (
              <>
                <Button
                  variant="default"
                  loading={busy === 'save'}
                  disabled={busy === 'submit'}
                  onClick={(event) => check(draftRules, false)(event)}
                >
                  Save draft
                </Button>
                <Button type="submit" loading={busy === 'submit'} disabled={busy === 'save'}>
                  {stored?.state === 'INFO_REQUESTED' ? 'Resubmit' : 'Submit'}
                </Button>
              </>
            )}
          </Group>
        </Stack>
      </form>
    </FormProvider>
  );
}
