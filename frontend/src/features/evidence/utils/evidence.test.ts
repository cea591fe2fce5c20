import { describe, expect, it } from 'vitest';

import { canReadEvidence, evidenceFiles, spoken, valueText } from './evidence';

describe('evidence helpers', () => {
  it('lets auditors, change managers and admins read evidence, nobody else', () => {
    expect(canReadEvidence(['AUDITOR'])).toBe(true);
    expect(canReadEvidence(['CHANGE_MANAGER'])).toBe(true);
    expect(canReadEvidence(['ADMIN'])).toBe(true);
    expect(canReadEvidence(['REQUESTER', 'CAB_MEMBER', 'RELEASE_ENGINEER'])).toBe(false);
  });

  it('links the files of a change by its encoded key', () => {
    expect(evidenceFiles.zip('CHG-000042')).toBe('/api/changes/CHG-000042/evidence.zip');
    expect(evidenceFiles.report('CHG/1')).toBe('/api/changes/CHG%2F1/evidence.html');
    expect(evidenceFiles.pathSvg('CHG-000042')).toBe('/api/changes/CHG-000042/evidence/path.svg');
  });

  it('says API words and decision values as people read them', () => {
    expect(spoken('partially_successful')).toBe('partially successful');
    expect(spoken(null)).toBe('—');
    expect(valueText(['CI-1', 'CI-2'])).toBe('CI-1, CI-2');
    expect(valueText(3)).toBe('3');
    expect(valueText(false)).toBe('false');
    expect(valueText(null)).toBe('—');
  });
});
