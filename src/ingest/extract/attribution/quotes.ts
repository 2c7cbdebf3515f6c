/** A quoted stretch of text: `start` is the opening mark, `end` is just after the closing mark. */
export interface QuoteRegion {
  start: number;
  end: number;
}

const OPEN = new Set(['“', '«', '„']);
const CLOSE = new Set(['”', '»']);

/**
 * Finds double-quoted regions. Curly and straight quotes are paired; a quote left open at the end
 * of a paragraph continues when the next paragraph opens with a quote mark (the news convention for
 * quotes running over paragraphs), otherwise it ends with the paragraph.
 */
export function findQuotes(text: string): QuoteRegion[] {
  const regions: QuoteRegion[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n' && open >= 0 && text[i + 1] === '\n') {
      let j = i;
      while (j < text.length && /\s/u.test(text[j]!)) j++;
      const next = text[j];
      if (next === undefined || !(OPEN.has(next) || next === '"' || text.startsWith("''", j))) {
        regions.push({ start: open, end: trimEnd(text, i) });
        open = -1;
      } else i = j; // the continuation mark re-opens the same quote
      continue;
    }
    if (OPEN.has(ch)) {
      if (open < 0) open = i;
    } else if (CLOSE.has(ch)) {
      if (open >= 0) {
        regions.push({ start: open, end: i + 1 });
        open = -1;
      }
    } else if (ch === '"' || (ch === "'" && text[i + 1] === "'")) {
      // A straight quote, or two apostrophes standing for one (the style of some archives).
      const width = ch === '"' ? 1 : 2;
      if (open < 0) open = i;
      else {
        regions.push({ start: open, end: i + width });
        open = -1;
      }
      i += width - 1;
    }
  }
  if (open >= 0) regions.push({ start: open, end: trimEnd(text, text.length) });
  return regions;
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/u.test(text[e - 1]!)) e--;
  return e;
}

/** Index of the region containing character `pos`, or -1. */
export function quoteAt(regions: readonly QuoteRegion[], pos: number): number {
  let lo = 0;
  let hi = regions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = regions[mid]!;
    if (pos < r.start) hi = mid - 1;
    else if (pos >= r.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
