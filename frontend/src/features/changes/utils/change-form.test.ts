// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { aChange } from '../testing/fixtures';

import {
  changeDraftFormSchema,
  changeFormSchema,
  changeToFormValues,
  emptyChangeForm,
  formValuesToBody,
} from './change-form';

describe('RFC form values', () => {
  it('start empty, in the given time zone', () => {
    expect(emptyChangeForm('Europe/Berlin')).toMatchObject({
      category: null,
      impact: null,
      timeZone: 'Europe/Berlin',
      plannedStart: '',
    });
  });

  it("become a body with the window as ISO date-times in the form's time zone", () => {
    const body = formValuesToBody({
      ...emptyChangeForm('Europe/Berlin'),
      implementer: '  ',
      plannedStart: '2026-07-01T22:00',
      plannedEnd: '2026-07-02T01:00',
    });
    expect(body).toMatchObject({
      plannedStart: '2026-07-01T22:00:00+02:00',
      plannedEnd: '2026-07-02T01:00:00+02:00',
    });
    expect(body).not.toHaveProperty('implementer');
    expect(body).not.toHaveProperty('changeModelId');
  });

  it('report problems on the form fields they belong to', () => {
    const result = changeFormSchema.safeParse({
      ...emptyChangeForm('Europe/Berlin'),
      title: 'Patch',
      plannedStart: '2026-07-01T22:00',
      plannedEnd: '2026-07-01T21:00',
    });
    const paths = result.error?.issues.map((issue) => issue.path.join('.'));
    expect(paths).toContain('plannedEnd');
    expect(paths).toContain('category');
    expect(paths).not.toContain('title');
  });

  it('make a draft of a title alone, with an empty window as null', () => {
    const result = changeDraftFormSchema.safeParse({
      ...emptyChangeForm('Europe/Berlin'),
      title: 'Rotate the edge-lb certificates',
    });
    expect(result.error?.issues).toBeUndefined();
    expect(result.data).toMatchObject({ plannedStart: null, plannedEnd: null, impact: null });
    expect(result.data?.category).toBeUndefined();
  });

  it('load an existing change with its window in its own time zone', () => {
    const values = changeToFormValues(
      aChange({
        plannedStart: '2026-07-01T20:00:00Z',
        plannedEnd: '2026-07-01T23:00:00Z',
        timeZone: 'Europe/Berlin',
        implementer: null,
        changeModelId: null,
      }),
    );
    expect(values).toMatchObject({
      plannedStart: '2026-07-01T22:00',
      plannedEnd: '2026-07-02T01:00',
      implementer: '',
    });
  });
});
