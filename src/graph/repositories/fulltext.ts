/**
 * Turns user text into a safe Lucene query: special characters are escaped so a search string
 * can never change the query's meaning; each word must match (fuzzy on longer words).
 */
export function fulltextQuery(text: string): string {
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '').trim())
    .filter(Boolean)
    .slice(0, 16);
  if (words.length === 0) return '""';
  // A word matches as a prefix ("zelensk" finds Zelenskyy) or, when long, with one typo.
  return words.map((w) => (w.length >= 5 ? `+(${w}* OR ${w}~1)` : `+${w}*`)).join(' ');
}

/** A Lucene query matching any of the text's longer words (escaped), for finding similar texts. */
export function fulltextAnyQuery(text: string): string {
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((w) => w.length >= 4 && !/^(and|that|with|from|this|have|were|would|could|their|which|about)$/.test(w))
    .slice(0, 24);
  return [...new Set(words)].join(' ');
}
