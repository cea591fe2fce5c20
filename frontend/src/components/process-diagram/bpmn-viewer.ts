// The lazy half of the process diagram: bpmn-js and its styles are big, so only this module
// imports them, and ProcessDiagram loads it with import() when a diagram is first shown.
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import './process-diagram.css';

import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';

import { markersFor, type DiagramMarks, type MarkedElement } from './markers';

// The few parts of bpmn-js used here, typed structurally so tests can stand in for them.
type Shape = {
  id: string;
  type: string;
  businessObject?: { name?: string };
  source?: { id: string };
  target?: { id: string };
  /** The task a boundary event sits on. */
  host?: { id: string };
};
type Canvas = {
  addMarker(id: string, marker: string): void;
  removeMarker(id: string, marker: string): void;
  zoom(level?: number | 'fit-viewport', center?: 'auto'): number;
};
type ElementRegistry = { get(id: string): Shape | undefined; getAll(): Shape[] };

/** A rendered diagram the wrapper can mark, zoom and throw away. */
export type DiagramViewer = {
  /** Replaces the markers; returns the names of the current elements, for screen readers. */
  mark(marks: DiagramMarks): string[];
  /** The names the model gives elements ("Wave unhealthy"), the id where it gives none. */
  names(ids: string[]): string[];
  zoom(factor: number): void;
  fit(): void;
  destroy(): void;
};

const ZOOM_LIMITS = { min: 0.2, max: 4 };

/** Renders `xml` into `container` and fits it to the viewport. */
export async function openDiagram(container: HTMLElement, xml: string): Promise<DiagramViewer> {
  const viewer = new NavigatedViewer({ container });
  try {
    await viewer.importXML(xml);
  } catch (error) {
    viewer.destroy();
    throw error;
  }
  const canvas = viewer.get<Canvas>('canvas');
  const registry = viewer.get<ElementRegistry>('elementRegistry');
  canvas.zoom('fit-viewport', 'auto');
  let applied: MarkedElement[] = [];
  const nameOf = (ids: string[]) =>
    ids.map((id) => registry.get(id)?.businessObject?.name?.trim() || id);

  return {
    mark(marks) {
      for (const { id, marker } of applied) canvas.removeMarker(id, marker);
      const connections = registry
        .getAll()
        .filter((shape) => shape.source && shape.target)
        .map((shape) => ({ id: shape.id, source: shape.source!.id, target: shape.target!.id }));
      const nodes = registry
        .getAll()
        .filter((shape) => !shape.source)
        .map((shape) => ({ id: shape.id, type: shape.type, host: shape.host?.id }));
      applied = markersFor(marks, connections, nodes).filter(
        ({ id }) => registry.get(id) !== undefined,
      );
      for (const { id, marker } of applied) canvas.addMarker(id, marker);
      return nameOf(marks.current);
    },
    names: (ids) => nameOf(ids),
    zoom(factor) {
      const level = canvas.zoom() * factor;
      canvas.zoom(Math.min(ZOOM_LIMITS.max, Math.max(ZOOM_LIMITS.min, level)));
    },
    fit() {
      canvas.zoom('fit-viewport', 'auto');
    },
    destroy() {
      viewer.destroy();
    },
  };
}
