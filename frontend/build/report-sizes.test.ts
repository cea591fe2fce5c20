// @vitest-environment node
import { gzipSync } from 'node:zlib';

import { describe, expect, it } from 'vitest';

import { bundleSizes, formatSizes, initialFiles, type ChunkFacts } from './report-sizes';

const chunk = (fileName: string, facts: Partial<ChunkFacts> = {}): ChunkFacts => ({
  fileName,
  isEntry: false,
  imports: [],
  moduleIds: [`/app/src/${fileName}.ts`],
  code: `export const name = ${JSON.stringify(fileName.repeat(50))};`,
  ...facts,
});

const gz = (c: ChunkFacts) => gzipSync(c.code).length;

const entry = chunk('index.js', { isEntry: true, imports: ['vendor.js'] });
const vendor = chunk('vendor.js', { imports: ['shared.js'] });
const shared = chunk('shared.js');
const page = chunk('change.js', { imports: ['shared.js'] });
const diagram = chunk('bpmn-viewer.js', {
  moduleIds: ['/app/node_modules/bpmn-js/lib/NavigatedViewer.js', '/app/src/bpmn-viewer.ts'],
  code: 'x'.repeat(20_000),
});

describe('initialFiles', () => {
  it('follows static imports from the entry, once each, and leaves lazy chunks out', () => {
    const cyclic = chunk('shared.js', { imports: ['vendor.js'] });
    expect(initialFiles([entry, vendor, cyclic, page, diagram])).toEqual([
      'index.js',
      'vendor.js',
      'shared.js',
    ]);
  });
});

describe('bundleSizes', () => {
  it('adds the gzip sizes of the initial chunks and of the chunks holding bpmn-js', () => {
    const sizes = bundleSizes([entry, vendor, shared, page, diagram]);
    expect(sizes).toEqual({
      initial: gz(entry) + gz(vendor) + gz(shared),
      diagram: gz(diagram),
      initialFiles: ['index.js', 'vendor.js', 'shared.js'],
      diagramFiles: ['bpmn-viewer.js'],
    });
  });

  it('prints one line in kB', () => {
    expect(
      formatSizes({
        initial: 95_140,
        diagram: 310_449,
        initialFiles: ['index.js'],
        diagramFiles: ['bpmn-viewer.js'],
      }),
    ).toBe('bundle: initial JS 95.1 kB gzip; diagram chunk 310.4 kB gzip');
  });

  it('warns when bpmn-js is part of the initial JS, and says when there is no diagram', () => {
    const eager = chunk('index.js', { isEntry: true, moduleIds: diagram.moduleIds });
    expect(formatSizes(bundleSizes([eager]))).toMatch(
      /diagram chunk .* gzip \(WARNING: bpmn-js is in the initial JS\)$/,
    );
    expect(formatSizes(bundleSizes([entry, vendor, shared]))).toMatch(/; no diagram chunk$/);
  });
});
