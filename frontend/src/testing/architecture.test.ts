import { describe, expect, it } from 'vitest';

// Dependencies flow shared (api: the client generated from the contract, components, config, lib,
// testing) -> features -> app, and no feature
// imports another: the app layer composes them (as in bulletproof-react).
const sources = import.meta.glob<string>('/src/**/*.{ts,tsx}', {
  query: '?raw',
  import: 'default',
  eager: true,
});

function importsOf(file: string, source: string): string[] {
  const specifiers = [...source.matchAll(/(?:from|import)\s+'([^']+)'/g)].map((m) => m[1] ?? '');
  return specifiers
    .filter((s) => s.startsWith('@/') || s.startsWith('.'))
    .map((s) => (s.startsWith('@/') ? `/src/${s.slice(2)}` : new URL(s, `file://${file}`).pathname));
}

function layerOf(path: string): string {
  const [, , top, feature] = path.split('/');
  return top === 'features' ? `features/${feature}` : (top ?? '');
}

const SHARED = ['api', 'components', 'config', 'lib', 'testing'];

function violations(): string[] {
  const found: string[] = [];
  for (const [file, source] of Object.entries(sources)) {
    const from = layerOf(file);
    for (const target of importsOf(file, source)) {
      const to = layerOf(target);
      const sharedImportsUp = SHARED.includes(from) && !SHARED.includes(to);
      const featureImportsOther =
        from.startsWith('features/') && to !== from && !SHARED.includes(to);
      if (sharedImportsUp || featureImportsOther) found.push(`${file} -> ${target}`);
    }
  }
  return found;
}

describe('module boundaries', () => {
  it('sees the source files', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(10);
  });

  it('keeps shared code free of features and app, and features free of each other', () => {
    expect(violations()).toEqual([]);
  });
});
