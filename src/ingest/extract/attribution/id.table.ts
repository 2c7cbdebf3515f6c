/**
 * A fixed-size map from tuples of up to four whole numbers (>= 0; -1 for an unused place) to a
 * whole number, by open addressing in typed arrays: a probe reads one slot of two arrays, where a
 * JS Map walks from bucket to entry to key object.
 */
export class IdTable {
  private readonly keys: Int32Array;
  private readonly values: Int32Array;
  private readonly mask: number;

  /** `entries`: how many tuples will be set (the table holds no more). */
  constructor(entries: number) {
    let slots = 4;
    while (slots < entries * 2) slots *= 2;
    this.mask = slots - 1;
    this.keys = new Int32Array(slots * 4);
    this.values = new Int32Array(slots).fill(-1);
  }

  set(a: number, b: number, c: number, d: number, value: number): void {
    const keys = this.keys;
    for (let s = hash(a, b, c, d) & this.mask; ; s = (s + 1) & this.mask) {
      const k = s * 4;
      if (this.values[s] === -1 || (keys[k] === a && keys[k + 1] === b && keys[k + 2] === c && keys[k + 3] === d)) {
        keys[k] = a;
        keys[k + 1] = b;
        keys[k + 2] = c;
        keys[k + 3] = d;
        this.values[s] = value;
        return;
      }
    }
  }

  /** The value of the tuple, or -1. */
  get(a: number, b: number, c: number, d: number): number {
    const keys = this.keys;
    const values = this.values;
    for (let s = hash(a, b, c, d) & this.mask; ; s = (s + 1) & this.mask) {
      const v = values[s]!;
      if (v === -1) return -1;
      const k = s * 4;
      if (keys[k] === a && keys[k + 1] === b && keys[k + 2] === c && keys[k + 3] === d) return v;
    }
  }
}

function hash(a: number, b: number, c: number, d: number): number {
  let h = Math.imul(a ^ 0x2545f491, 0x9e3779b1);
  h = Math.imul(h ^ b, 0x85ebca6b);
  h = Math.imul(h ^ c, 0xc2b2ae35);
  h = Math.imul(h ^ d, 0x27d4eb2f);
  return h ^ (h >>> 15);
}
