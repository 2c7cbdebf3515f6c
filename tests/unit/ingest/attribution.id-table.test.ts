import { describe, expect, it } from 'vitest';
import { IdTable } from '../../../src/ingest/extract/attribution/id.table.js';

describe('the id table', () => {
  it('finds every tuple it was given, and -1 for any other, when the tuples share parts and slots', () => {
    const tuples: [number, number, number, number][] = [];
    for (let a = 0; a < 40; a++) for (let b = -1; b < 30; b += 3) tuples.push([a, b, b < 0 ? -1 : a % 7, b < 0 ? -1 : (a * b) % 5]);
    const table = new IdTable(tuples.length);
    tuples.forEach(([a, b, c, d], k) => table.set(a, b, c, d, k));
    tuples.forEach(([a, b, c, d], k) => expect(table.get(a, b, c, d)).toBe(k));
    expect(table.get(40, -1, -1, -1)).toBe(-1);
    expect(table.get(0, 2, 0, 1)).toBe(-1);
    expect(table.get(1, 2, 1, 3)).toBe(-1);
  });

  it('keeps the last value set for a tuple', () => {
    const table = new IdTable(2);
    table.set(3, 4, -1, -1, 1);
    table.set(3, 4, -1, -1, 2);
    expect(table.get(3, 4, -1, -1)).toBe(2);
  });
});
