import type { CharRange } from './directed.features.js';
import { polarityOf } from './lexicon.js';
import { stem, words, type Word } from './words.js';

/** Features of a sentence for the polarity toward one mention: words near it, on each side, and in the whole sentence. */
export function targetFeatures(sentence: string, mention: CharRange): string[] {
  const ws = words(sentence);
  const inM = (w: Word): boolean => w.start < mention.end && mention.start < w.end;
  const left = ws.filter((w) => w.end <= mention.start && !inM(w));
  const right = ws.filter((w) => w.start >= mention.end && !inM(w));
  const st = (w: Word): string => stem(w.lower);
  const f = ['bias'];
  left.slice(-2).forEach((w, i, arr) => f.push(`l${arr.length - i}:${st(w)}`));
  right.slice(0, 2).forEach((w, i) => f.push(`r${i + 1}:${st(w)}`));
  left.slice(-6).forEach((w) => f.push(`l6:${st(w)}`));
  right.slice(0, 6).forEach((w) => f.push(`r6:${st(w)}`));
  let lex = 0;
  let near = 0;
  ws.forEach((w, i) => {
    if (inM(w)) return;
    f.push(`w:${st(w)}`);
    if (i > 0 && !inM(ws[i - 1]!)) f.push(`bg:${st(ws[i - 1]!)}_${st(w)}`);
    const p = polarityOf(w.lower);
    lex += p;
    if (p !== 0 && (left.slice(-6).includes(w) || right.slice(0, 6).includes(w))) near += p;
  });
  f.push(`lex:${Math.sign(lex)}`, `lexnear:${Math.sign(near)}`);
  const quotesBefore = (sentence.slice(0, mention.start).match(/[“”"]/gu) ?? []).length;
  if (quotesBefore % 2 === 1) f.push('in_quote');
  if (/[“”"]/u.test(sentence)) f.push('has_quote');
  if (left.length === 0) f.push('sentence_initial');
  return f;
}
