import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, pageSize, toPage } from '../../src/graph/pagination.js';

describe('keyset pagination', () => {
  it('round-trips a cursor of sort key and id', () => {
    const cursor = { key: '2026-01-27T06:39:08.000Z', id: 'abc' };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(decodeCursor(encodeCursor({ key: null, id: 'x' }))).toEqual({ key: null, id: 'x' });
  });

  it('rejects a malformed cursor as bad user input', () => {
    expect(() => decodeCursor('not-a-cursor')).toThrow(/not a valid cursor/);
    expect(() => decodeCursor(Buffer.from('{"a":1}').toString('base64url'))).toThrow(/not a valid cursor/);
  });

  it('caps the page size', () => {
    expect(pageSize(undefined, 100)).toBe(20);
    expect(() => pageSize(101, 100)).toThrow(/between 1 and 100/);
    expect(() => pageSize(0, 100)).toThrow(/between 1 and 100/);
  });

  it('turns first+1 rows into a page that knows whether more follow', () => {
    const rows = [1, 2, 3].map((n) => ({ id: `id${n}`, n }));
    const page = toPage(rows, 2, (r) => r.n);
    expect(page.items.map((r) => r.id)).toEqual(['id1', 'id2']);
    expect(page.hasNextPage).toBe(true);
    expect(decodeCursor(page.endCursor)).toEqual({ key: 2, id: 'id2' });
    expect(toPage(rows, 3, (r) => r.n).hasNextPage).toBe(false);
  });
});
