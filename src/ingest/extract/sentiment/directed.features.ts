import { polarityOf } from './lexicon.js';
import { stem, words, type Word } from './words.js';

export interface CharRange {
  start: number;
  end: number;
}

/**
 * Features of a sentence for the stance between two mentions, written relative to reading order
 * (A is the mention that comes first) so "A accused B" looks the same whichever of p, q is A.
 */
export function directedFeatures(sentence: string, a: CharRange, b: CharRange): string[] {
  const ws = words(sentence);
  const inA = (w: Word): boolean => w.start < a.end && a.start < w.end;
  const inB = (w: Word): boolean => w.start < b.end && b.start < w.end;
  const before = ws.filter((w) => w.end <= a.start && !inA(w));
  const between = ws.filter((w) => w.start >= a.end && w.end <= b.start && !inA(w) && !inB(w));
  const after = ws.filter((w) => w.start >= b.end && !inB(w));
  const f = ['bias', `dist:${bucket(between.length)}`];
  const st = (w: Word): string => stem(w.lower);
  between.forEach((w, i) => {
    f.push(`bt:${st(w)}`);
    if (i < 3) f.push(`bt${i}:${st(w)}`);
    if (i >= between.length - 2) f.push(`btl:${st(w)}`);
    if (i > 0) f.push(`bb:${st(between[i - 1]!)}_${st(w)}`);
    const p = polarityOf(w.lower);
    if (p !== 0) f.push(`lexbt:${p}`, `lexbt${i < 4 ? 'near' : 'far'}:${p}`);
  });
  before.slice(-4).forEach((w) => {
    f.push(`bf:${st(w)}`);
    const p = polarityOf(w.lower);
    if (p !== 0) f.push(`lexbf:${p}`);
  });
  after.slice(0, 5).forEach((w, i) => {
    f.push(`af:${st(w)}`);
    if (i < 2) f.push(`af${i}:${st(w)}`);
    const p = polarityOf(w.lower);
    if (p !== 0) f.push(`lexaf:${p}`);
  });
  for (const w of ws) if (!inA(w) && !inB(w)) f.push(`w:${st(w)}`);
  const bt = new Set(between.map((w) => w.lower));
  if (bt.has('by')) f.push('bt_by');
  if (bt.has('by') && [...bt].some((w) => /^(was|were|been|being|is|are)$/u.test(w))) f.push('bt_passive');
  if (between.some((w) => /^[“”"]$/u.test(w.lower))) f.push('bt_quote');
  if (bt.has('and') || bt.has(',') && between.length <= 2) f.push('bt_coord');
  return f;
}

function bucket(n: number): string {
  return n <= 3 ? String(n) : n <= 6 ? '4-6' : n <= 12 ? '7-12' : '13+';
}
