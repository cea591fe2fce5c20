import { beforeEach, describe, expect, it, vi } from 'vitest';

// bpmn-js cannot lay out SVG in jsdom; a stand-in records what the wrapper asks of it.
const fake = vi.hoisted(() => {
  const shapes = [
    { id: 'start', type: 'bpmn:StartEvent', businessObject: { name: 'RFC submitted' } },
    { id: 'review_rfc', type: 'bpmn:UserTask', businessObject: { name: 'Review RFC' } },
    { id: 'cab_vote', type: 'bpmn:UserTask', businessObject: { name: ' CAB vote ' } },
    {
      id: 'flow_1',
      type: 'bpmn:SequenceFlow',
      source: { id: 'start' },
      target: { id: 'review_rfc' },
    },
    {
      id: 'flow_2',
      type: 'bpmn:SequenceFlow',
      source: { id: 'review_rfc' },
      target: { id: 'cab_vote' },
    },
  ];
  const canvas = {
    level: 1,
    addMarker: vi.fn(),
    removeMarker: vi.fn(),
    zoom: vi.fn(function (this: { level: number }, level?: number | string) {
      if (typeof level === 'number') this.level = level;
      return this.level;
    }),
  };
  const registry = {
    get: (id: string) => shapes.find((s) => s.id === id),
    getAll: () => shapes,
  };
  const importXML = vi.fn(async (xml: string) => {
    if (xml === 'broken') throw new Error('unparsable content');
    return { warnings: [] };
  });
  const destroy = vi.fn();
  const constructed: unknown[] = [];
  class NavigatedViewer {
    constructor(options: unknown) {
      constructed.push(options);
    }
    importXML = importXML;
    destroy = destroy;
    get(name: string) {
      return name === 'canvas' ? canvas : registry;
    }
  }
  return { canvas, importXML, destroy, constructed, NavigatedViewer };
});

vi.mock('bpmn-js/lib/NavigatedViewer', () => ({ default: fake.NavigatedViewer }));

const { openDiagram } = await import('./bpmn-viewer');

describe('openDiagram', () => {
  beforeEach(() => {
    vi.clearAllMocks();
    fake.canvas.level = 1;
    fake.constructed.length = 0;
  });

  it('renders the XML into the container and fits it', async () => {
    const container = document.createElement('div');
    await openDiagram(container, '<definitions/>');
    expect(fake.constructed).toEqual([{ container }]);
    expect(fake.importXML).toHaveBeenCalledWith('<definitions/>');
    expect(fake.canvas.zoom).toHaveBeenCalledWith('fit-viewport', 'auto');
  });

  it('adds markers for the given ids, skips unknown ones and names the current step', async () => {
    const viewer = await openDiagram(document.createElement('div'), '<definitions/>');
    const names = viewer.mark({
      current: ['cab_vote'],
      visited: ['start', 'review_rfc', 'not_in_this_model'],
      failed: [],
    });
    expect(names).toEqual(['CAB vote']);
    expect(viewer.names(['review_rfc', 'not_in_this_model'])).toEqual([
      'Review RFC',
      'not_in_this_model',
    ]);
    expect(fake.canvas.addMarker.mock.calls).toEqual([
      ['cab_vote', 'cf-current'],
      ['start', 'cf-visited'],
      ['review_rfc', 'cf-visited'],
      ['flow_1', 'cf-visited'],
      ['flow_2', 'cf-visited'],
    ]);
  });

  it('removes the old markers before adding new ones', async () => {
    const viewer = await openDiagram(document.createElement('div'), '<definitions/>');
    viewer.mark({ current: ['review_rfc'], visited: ['start'], failed: [] });
    fake.canvas.addMarker.mockClear();
    viewer.mark({ current: [], visited: [], failed: ['cab_vote'] });
    expect(fake.canvas.removeMarker.mock.calls).toEqual([
      ['review_rfc', 'cf-current'],
      ['start', 'cf-visited'],
      ['flow_1', 'cf-visited'],
    ]);
    expect(fake.canvas.addMarker.mock.calls).toEqual([['cab_vote', 'cf-failed']]);
  });

  it('zooms within limits', async () => {
    const viewer = await openDiagram(document.createElement('div'), '<definitions/>');
    viewer.zoom(2);
    expect(fake.canvas.level).toBe(2);
    viewer.zoom(10);
    expect(fake.canvas.level).toBe(4);
  });

  it('throws away the viewer when the XML cannot be imported', async () => {
    await expect(openDiagram(document.createElement('div'), 'broken')).rejects.toThrow(
      'unparsable content',
    );
    expect(fake.destroy).toHaveBeenCalled();
  });
});
