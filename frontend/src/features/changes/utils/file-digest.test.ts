// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { canDigest, describeFile, sha256Hex } from './file-digest';

describe('file digests', () => {
  it('computes SHA-256 as lowercase hex', async () => {
    expect(canDigest()).toBe(true);
    await expect(sha256Hex(new TextEncoder().encode('abc'))).resolves.toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('describes a chosen file without uploading it', async () => {
    const file = new File(['abc'], 'runbook.txt', { type: 'text/plain' });
    await expect(describeFile(file)).resolves.toEqual({
      name: 'runbook.txt',
      size: 3,
      sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    });
  });
});
