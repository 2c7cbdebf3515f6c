import type { TokenAttribution } from './rules.js';
import type { Token } from './tokens.js';

/** Words a clause cannot end on: a content span cut after one of them stopped mid-phrase. */
const DANGLING_POS = new Set(['ADP', 'DET', 'CCONJ', 'SCONJ']);
const DANGLING_WORDS = new Set(['as', 'to', 'at', 'the', 'a', 'an', 'and', 'or', 'of', 'that', 'than']);

function dangles(t: Token): boolean {
  return DANGLING_POS.has(t.pos) || DANGLING_WORDS.has(t.lower);
}

/**
 * Content after its cue that ends on "at", "the" or "and" stopped mid-phrase ("is
 * encouraging his supporters at | a rally ..."): it runs on to the end of its sentence, or to the
 * first token another attribution's cue or source holds.
 */
export function withDanglingContentExtended(tokens: readonly Token[], found: TokenAttribution[]): void {
  const taken = new Set<number>();
  for (const a of found) for (const [s, e] of [a.cue, ...a.source]) for (let i = s; i < e; i++) taken.add(i);
  for (const a of found) {
    if (a.contentChars) continue;
    const last = a.content[a.content.length - 1];
    if (!last || last[0] < a.cue[1] || !dangles(tokens[last[1] - 1]!)) continue;
    const sentence = tokens[last[1] - 1]!.sentence;
    let end = last[1];
    while (end < tokens.length && tokens[end]!.sentence === sentence && !taken.has(end)) end++;
    while (end > last[1] && /^\p{P}+$/u.test(tokens[end - 1]!.text)) end--;
    last[1] = end;
  }
}
