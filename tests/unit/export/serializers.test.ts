import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { toCytoscape } from '../../../src/graph/export/cytoscape.js';
import { toGraphML } from '../../../src/graph/export/graphml.js';
import type { SubgraphRecord } from '../../../src/graph/export/subgraph.js';

const graph: SubgraphRecord = {
  nodes: [
    { id: 'act_1', label: 'Tom & "Jerry" <Ltd>', type: 'ACTOR', kind: 'ORGANIZATION', weight: 3, data: { aliases: ['T&J', 'TJ'], domain: 'tj.example' } },
    { id: 'clm_1', label: 'prices rise\u0001 again', type: 'CLAIM', kind: 'HEDGED', weight: 1, data: { firstSeenAt: '2026-01-01T00:00:00.000Z', label: 'clash', score: 0.5 } },
  ],
  edges: [
    { id: 's_1', source: 'act_1', target: 'clm_1', type: 'STANCE', label: 'warned', polarity: 'SUPPORT', stanceId: 's_1', weight: 0.9 },
    { id: 'ABOUT:clm_1->act_1', source: 'clm_1', target: 'act_1', type: 'ABOUT', label: null, polarity: null, stanceId: null, weight: 2 },
  ],
  truncated: true,
};

const parse = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml');

describe('toGraphML', () => {
  it('declares a typed key for every attribute it writes', () => {
    const doc = parse(toGraphML(graph));
    const keys = [...doc.querySelectorAll('key')].map((k: any) => ({ id: k.getAttribute('id'), for: k.getAttribute('for'), name: k.getAttribute('attr.name'), type: k.getAttribute('attr.type') }));
    expect(keys).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ for: 'node', name: 'label', type: 'string' }),
        expect.objectContaining({ for: 'node', name: 'weight', type: 'double' }),
        expect.objectContaining({ for: 'node', name: 'score', type: 'double' }),
        expect.objectContaining({ for: 'node', name: 'data_label', type: 'string' }),
        expect.objectContaining({ for: 'edge', name: 'polarity', type: 'string' }),
        expect.objectContaining({ for: 'edge', name: 'weight', type: 'double' }),
        expect.objectContaining({ for: 'graph', name: 'truncated', type: 'boolean' }),
      ]),
    );
    const declared = new Set(keys.map((k) => k.id));
    for (const data of doc.querySelectorAll('data') as any) expect(declared.has(data.getAttribute('key'))).toBe(true);
    expect(new Set(keys.map((k) => k.id)).size).toBe(keys.length);
  });

  it('writes every node and edge, escaping markup and dropping characters XML cannot hold', () => {
    const xml = toGraphML(graph);
    expect(xml).toContain('Tom &amp; &quot;Jerry&quot; &lt;Ltd&gt;');
    expect(xml).not.toContain('\u0001');
    const doc = parse(xml);
    expect([...doc.querySelectorAll('node')].map((n: any) => n.getAttribute('id'))).toEqual(['act_1', 'clm_1']);
    // linkedom hands attribute values back still escaped, so the ids are read from the text itself.
    const edges = [...xml.matchAll(/<edge id="([^"]*)" source="([^"]*)" target="([^"]*)">/g)].map((m) => m.slice(1));
    expect(edges).toEqual([
      ['s_1', 'act_1', 'clm_1'],
      ['ABOUT:clm_1->act_1', 'clm_1', 'act_1'],
    ]);
    expect(doc.querySelectorAll('edge')).toHaveLength(2);
    expect(doc.querySelector('graph')!.getAttribute('edgedefault')).toBe('directed');
  });

  it('leaves out null attributes and joins lists', () => {
    const xml = toGraphML(graph);
    const about = xml.split('\n').find((line) => line.includes('ABOUT:'))!;
    expect(about.match(/<data /g)).toHaveLength(2);
    expect(xml).toContain('>T&amp;J; TJ<');
  });

  it('writes a valid empty graph', () => {
    const doc = parse(toGraphML({ nodes: [], edges: [], truncated: false }));
    expect(doc.querySelectorAll('node')).toHaveLength(0);
    expect(doc.querySelector('graphml')).not.toBeNull();
  });
});

describe('toCytoscape', () => {
  it('writes elements with flat data, core fields winning over node data', () => {
    const json = JSON.parse(toCytoscape(graph));
    expect(json.data).toEqual({ truncated: true });
    expect(json.elements.nodes[1].data).toEqual({ id: 'clm_1', label: 'prices rise\u0001 again', type: 'CLAIM', kind: 'HEDGED', weight: 1, firstSeenAt: '2026-01-01T00:00:00.000Z', score: 0.5 });
    expect(json.elements.edges).toEqual([
      { data: { id: 's_1', source: 'act_1', target: 'clm_1', type: 'STANCE', label: 'warned', polarity: 'SUPPORT', stanceId: 's_1', weight: 0.9 } },
      { data: { id: 'ABOUT:clm_1->act_1', source: 'clm_1', target: 'act_1', type: 'ABOUT', weight: 2 } },
    ]);
  });
});
