/** A word of a sentence with its character range. */
export interface Word {
  start: number;
  end: number;
  lower: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[^\s\p{L}\p{N}]/gu;

/** Splits a sentence into words and single punctuation marks; fast and good enough for bag-of-words features. */
export function words(sentence: string): Word[] {
  return [...sentence.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, lower: m[0].toLowerCase() }));
}

/** Crude suffix stripping so "accuse", "accused", "accuses", "accusing" share one form. */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  const s = word.replace(/(?:ing|edly|ed|es|s|ly)$/u, '');
  return (s.length > 3 ? s.replace(/e$/u, '') : s) || word;
}
