import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain } from '../../../src/graph/executor.js';

describe('toPlain', () => {
  it('returns strings, numbers and booleans as they are and null for a missing value', () => {
    expect(toPlain('Freedonia')).toBe('Freedonia');
    expect(toPlain('')).toBe('');
    expect(toPlain(0.25)).toBe(0.25);
    expect(toPlain(false)).toBe(false);
    expect(toPlain(undefined)).toBeNull();
    expect(toPlain(null)).toBeNull();
  });

  it('turns integers into numbers and dates into ISO strings, inside lists and maps too', () => {
    const at = new neo4j.types.DateTime(2026, 2, 1, 8, 0, 0, 0, 0);
    expect(toPlain({ n: neo4j.int(42), list: [neo4j.int(1), 'a', { at }], flag: true })).toEqual({
      n: 42,
      list: [1, 'a', { at: '2026-02-01T08:00:00.000Z' }],
      flag: true,
    });
  });

  it('gives a node as its properties', () => {
    const node = new neo4j.types.Node(neo4j.int(1), ['Actor'], { id: 'state:freedonia', count: neo4j.int(3) }, '4:x:1');
    expect(toPlain(node)).toEqual({ id: 'state:freedonia', count: 3 });
  });
});
