import type { SubgraphRecord } from './subgraph.js';

const present = (entries: [string, unknown][]): Record<string, unknown> =>
  Object.fromEntries(entries.filter(([, v]) => v !== null && v !== undefined));

/**
 * Serializes a subgraph in the Cytoscape.js JSON format (`cy.json()` / `cy.add()`):
 * {elements: {nodes: [{data}], edges: [{data}]}, data: {truncated}}. Node `data` fields are
 * flattened into the element data; the core fields win on a name clash.
 */
export function toCytoscape(graph: SubgraphRecord): string {
  const nodes = graph.nodes.map((n) => ({
    data: present([...Object.entries(n.data), ['id', n.id], ['label', n.label], ['type', n.type], ['kind', n.kind], ['weight', n.weight]]),
  }));
  const edges = graph.edges.map((e) => ({
    data: present([
      ['id', e.id],
      ['source', e.source],
      ['target', e.target],
      ['type', e.type],
      ['label', e.label],
      ['polarity', e.polarity],
      ['stanceId', e.stanceId],
      ['weight', e.weight],
    ]),
  }));
  return JSON.stringify({ elements: { nodes, edges }, data: { truncated: graph.truncated } });
}
