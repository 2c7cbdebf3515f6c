import lexicon from '../../../data/resolve/claim-lexicon.json' with { type: 'json' };

const IRREGULAR: Record<string, string> = {
  gave: 'give', given: 'give', gives: 'give', giving: 'give', made: 'make', said: 'say', told: 'tell', went: 'go', gone: 'go',
  took: 'take', taken: 'take', held: 'hold', met: 'meet', sent: 'send', struck: 'strike', won: 'win', brought: 'bring',
  sought: 'seek', thought: 'think', fought: 'fight', left: 'leave', kept: 'keep', paid: 'pay', lost: 'lose', ran: 'run',
};

/**
 * Light stemming: inflections of a word share a stem ("cede", "ceded", "ceding" -> "ced";
 * "guarantees" -> "guarante"). Stems only need to agree with each other, not be words.
 */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/[’']/g, '');
  if (IRREGULAR[w]) w = IRREGULAR[w]!;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  // "ceding" -> "ced", "pressur(ing)" and "pressure" agree once the final e goes.
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  // Doubled final consonant of "planned", "stopping".
  if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|ff|zz)$/.test(w)) w = w.slice(0, -1);
  return w;
}

export interface Concept {
  name: string;
  predicate: boolean;
}

/** Phrases (as stem sequences) to their concept, longest first. */
export const SYNONYM_PHRASES: readonly { stems: string[]; concept: Concept }[] = lexicon.synonyms
  .flatMap((group) => {
    const concept = { name: group.words[0]!, predicate: group.predicate === true };
    return group.words.map((w) => ({ stems: w.split(/[\s]+/).map(stem), concept }));
  })
  .sort((a, b) => b.stems.length - a.stems.length);

export const STOP_STEMS: ReadonlySet<string> = new Set(lexicon.stopwords.map(stem));
export const NEGATORS: ReadonlySet<string> = new Set(lexicon.negators);
export const NEGATIVE_CONCEPTS: ReadonlySet<string> = new Set(lexicon.negative);
