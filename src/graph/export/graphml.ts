import type { SubgraphRecord } from './subgraph.js';

type AttrType = 'string' | 'double' | 'boolean';

interface Key {
  id: string;
  for: 'node' | 'edge' | 'graph';
  name: string;
  type: AttrType;
  value: (item: Record<string, unknown>) => unknown;
}

const NODE_CORE = ['label', 'type', 'kind', 'weight'] as const;
const EDGE_CORE = ['type', 'label', 'polarity', 'stanceId', 'weight'] as const;

/**
 * Serializes a subgraph as GraphML (loads in Gephi, yEd, networkx): every attribute is declared
 * as a typed <key>, node `data` fields become attributes of their own (lists joined with "; ").
 */
export function toGraphML(graph: SubgraphRecord): string {
  const keys: Key[] = [];
  const add = (scope: Key['for'], name: string, type: AttrType, value: Key['value']): void => {
    keys.push({ id: `${scope[0]}${keys.filter((k) => k.for === scope).length}`, for: scope, name, type, value });
  };
  for (const name of NODE_CORE) add('node', name, name === 'weight' ? 'double' : 'string', (n) => n[name]);
  const dataNames = [...new Set(graph.nodes.flatMap((n) => Object.keys(n.data)))].sort();
  for (const name of dataNames) {
    const values = graph.nodes.map((n) => n.data[name]).filter((v) => v !== null && v !== undefined);
    const attrName = (NODE_CORE as readonly string[]).includes(name) ? `data_${name}` : name;
    add('node', attrName, attrTypeOf(values), (n) => (n.data as Record<string, unknown>)[name]);
  }
  for (const name of EDGE_CORE) add('edge', name, name === 'weight' ? 'double' : 'string', (e) => e[name]);

  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys.map((k) => `  <key id="${k.id}" for="${k.for}" attr.name="${escape(k.name, true)}" attr.type="${k.type}"/>`),
    '  <key id="g0" for="graph" attr.name="truncated" attr.type="boolean"/>',
    '  <graph id="claimgraph" edgedefault="directed">',
    `    <data key="g0">${graph.truncated}</data>`,
  ];
  const dataOf = (scope: Key['for'], item: Record<string, unknown>): string =>
    keys
      .filter((k) => k.for === scope)
      .map((k) => [k, k.value(item)] as const)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => `<data key="${k.id}">${escape(format(v))}</data>`)
      .join('');
  for (const node of graph.nodes) {
    lines.push(`    <node id="${escape(node.id, true)}">${dataOf('node', node as unknown as Record<string, unknown>)}</node>`);
  }
  for (const edge of graph.edges) {
    lines.push(`    <edge id="${escape(edge.id, true)}" source="${escape(edge.source, true)}" target="${escape(edge.target, true)}">${dataOf('edge', edge as unknown as Record<string, unknown>)}</edge>`);
  }
  lines.push('  </graph>', '</graphml>');
  return lines.join('\n') + '\n';
}

function attrTypeOf(values: unknown[]): AttrType {
  if (values.length > 0 && values.every((v) => typeof v === 'number')) return 'double';
  if (values.length > 0 && values.every((v) => typeof v === 'boolean')) return 'boolean';
  return 'string';
}

function format(value: unknown): string {
  if (Array.isArray(value)) return value.map(format).join('; ');
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

// Characters XML 1.0 cannot carry at all are dropped; markup characters are escaped. Attribute values
// keep ">" as is (legal there), so edge ids like "CITES:a->b" read back the same even in lax parsers.
function escape(text: string, inAttribute = false): string {
  const clean = text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/"/g, '&quot;');
  return inAttribute ? clean : clean.replace(/>/g, '&gt;');
}
