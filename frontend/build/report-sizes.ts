import { gzipSync } from 'node:zlib';

import type { Plugin } from 'vite';

/** What the size report needs to know of an output chunk. */
export type ChunkFacts = {
  fileName: string;
  isEntry: boolean;
  /** Chunks this one imports statically (loaded with it). */
  imports: readonly string[];
  moduleIds: readonly string[];
  code: string;
};

export type BundleSizes = {
  /** Gzip bytes of the entry chunks and everything they import statically. */
  initial: number;
  /** Gzip bytes of the chunks holding bpmn-js. */
  diagram: number;
  initialFiles: string[];
  diagramFiles: string[];
};

const isBpmnJs = (moduleId: string) => /[\\/]node_modules[\\/]bpmn-js[\\/]/.test(moduleId);

const gzipSize = (code: string) => gzipSync(code).length;

/** The entry chunks and, transitively, the chunks they import statically. */
export function initialFiles(chunks: readonly ChunkFacts[]): string[] {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const seen = new Set<string>();
  const visit = (fileName: string) => {
    if (seen.has(fileName)) return;
    seen.add(fileName);
    for (const imported of byName.get(fileName)?.imports ?? []) visit(imported);
  };
  for (const chunk of chunks) if (chunk.isEntry) visit(chunk.fileName);
  return [...seen].filter((fileName) => byName.has(fileName));
}

export function bundleSizes(
  chunks: readonly ChunkFacts[],
  isDiagramModule: (moduleId: string) => boolean = isBpmnJs,
): BundleSizes {
  const initial = initialFiles(chunks);
  const diagram = chunks.filter((chunk) => chunk.moduleIds.some(isDiagramModule));
  const sizeOf = (files: readonly ChunkFacts[]) =>
    files.reduce((total, chunk) => total + gzipSize(chunk.code), 0);
  return {
    initial: sizeOf(chunks.filter((chunk) => initial.includes(chunk.fileName))),
    diagram: sizeOf(diagram),
    initialFiles: initial,
    diagramFiles: diagram.map((chunk) => chunk.fileName),
  };
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** One line for the build log; it says so when bpmn-js slipped into the initial JS. */
export function formatSizes(sizes: BundleSizes): string {
  const diagram =
    sizes.diagramFiles.length === 0
      ? 'no diagram chunk'
      : `diagram chunk ${kB(sizes.diagram)} gzip`;
  const leaked = sizes.diagramFiles.some((file) => sizes.initialFiles.includes(file));
  return `bundle: initial JS ${kB(sizes.initial)} gzip; ${diagram}${
    leaked ? ' (WARNING: bpmn-js is in the initial JS)' : ''
  }`;
}

/**
 * Prints the gzip size of what a first visit downloads and of the lazily loaded diagram viewer
 * after `vite build`, so a change that bloats either shows in the build log.
 */
export function reportSizes(): Plugin {
  return {
    name: 'changeflow-report-sizes',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks: ChunkFacts[] = [];
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        chunks.push({
          fileName: output.fileName,
          isEntry: output.isEntry,
          imports: output.imports,
          moduleIds: output.moduleIds,
          code: output.code,
        });
      }
      this.info(formatSizes(bundleSizes(chunks)));
    },
  };
}
