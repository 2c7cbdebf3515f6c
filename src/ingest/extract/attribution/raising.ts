import { cueLexicon, type CueLexicon } from './lexicon.js';
import type { TokenAttribution } from './rules.js';
import type { Token } from './tokens.js';

/** Tokens that may stand between the subject and a raising cue ("Trump, though, seemed"). */
const MAX_GAP = 2;

/**
 * "Trump seemed to waver", "the vote is expected to pass", "he reportedly left": the subject of a
 * raising cue is part of what is attributed, and nobody in the sentence is its source. A source the
 * tagger found just before such a cue becomes the first span of the content.
 */
export function withRaisedSubjects(tokens: readonly Token[], found: TokenAttribution[]): void {
  const { raising } = cueLexicon();
  for (const a of found) {
    if (a.source.length !== 1 || !isRaising(tokens, a.cue, raising)) continue;
    const [s, e] = a.source[0]!;
    if (e > a.cue[0] || a.cue[0] - e > MAX_GAP || a.content.some(([, ce]) => ce <= a.cue[0])) continue;
    a.content.unshift([s, e]);
    if (a.contentChars && a.contentChars.length > 0) a.contentChars.unshift([tokens[s]!.start, tokens[e - 1]!.end]);
    a.source = [];
  }
}

/** Whether the cue [c0, c1) is a raising cue: its subject is content, and it has no source in the sentence. */
export function isRaising(tokens: readonly Token[], [c0, c1]: [number, number], raising: CueLexicon['raising'] = cueLexicon().raising): boolean {
  const cue = tokens.slice(c0, c1);
  const passive = cue.some((t) => t.lemma === 'be');
  // The verb ends the cue, or only an adjective follows it ("seem confident"): "sounded a call for" is no raising.
  const last = cue.filter((t) => t.pos !== 'ADJ').pop();
  return cue.some(
    (t) =>
      raising.adverbs.has(t.lower) ||
      (t === last && t.pos === 'VERB' && !t.lower.endsWith('ing') &&
        (raising.verbs.has(t.lemma) || (passive && raising.passives.has(t.lemma) && t.lower !== t.lemma))),
  );
}
