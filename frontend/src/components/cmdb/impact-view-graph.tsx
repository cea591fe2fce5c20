import { ImpactGraph } from './impact-graph';
import type { Impact } from './use-impact';

/** The graph of an impact: the items changed leftmost, each further item one column per hop. */
export function ImpactViewGraph({ impact, label }: { impact: Impact; label: string }) {
  return (
    <ImpactGraph
      label={label}
      nodes={impact.impacted.map((ci) => ({
        key: ci.key,
        name: ci.name,
        type: ci.type,
        layer: ci.depth,
      }))}
      edges={impact.relations}
      highlighted={impact.starts}
    />
  );
}
