import { cueLexicon } from './lexicon.js';
import type { TokenAttribution } from './rules.js';
import type { Analysis, Token } from './tokens.js';

/**
 * Attributions marked by layout instead of a verb, which neither the cue rules nor the tagger
 * (trained on verbs and phrases) read:
 * - a speaker label before a colon: the headline's "Pence: Flowers Won't Be at Debate", and the
 *   transcript's "WALLACE: Let's start with ..." (an all-capitals label on any line);
 * - a quote signed with a dash on its own line: "“He represents our greatest shame.” ― Sonya Herridge".
 * The label must name someone the article mentions again, and not be a section label ("The
 * Latest:", "Correction:", "Q:"): a mixed-case label on a body line is a list item ("Ukraine: the
 * president has ...", "Iowa: 45%") as often as a speaker, so only the headline's counts.
 */
export function layoutAttributions(analysis: Analysis, text: string, excluded: ReadonlySet<number>): TokenAttribution[] {
  const { tokens } = analysis;
  const out: TokenAttribution[] = [];
  // Counted only when a line has a label to check (most articles have none).
  let counts: Map<string, number> | undefined;
  const words = (): ReadonlyMap<string, number> => (counts ??= wordCounts(text));
  const firstLineEnd = lineEnd(text, 0);
  let i = 0;
  while (i < tokens.length) {
    const lineStart = tokens[i]!.start;
    const end = lineEnd(text, lineStart);
    let j = i;
    while (j < tokens.length && tokens[j]!.start < end) j++;
    const line = { first: i, last: j, end };
    const found = speakerLabel(tokens, text, line, words, lineStart < firstLineEnd) ?? signedQuote(tokens, text, line);
    if (found && !touches(found, excluded)) out.push(found);
    i = j;
  }
  return out;
}

interface Line {
  /** Token range [first, last) of the line and the character offset of its end. */
  first: number;
  last: number;
  end: number;
}

const OPENING = /^[“"«‘]$/u;
const CLOSING = /^[”"»’]$/u;
const DASH = /^(―|—|–|--)$/u;
const CAPITALISED = /^\p{Lu}/u;
const LABEL_JOINER = /^(&|of|the|de|von|van|al|bin|’s|'s|\.|-)$/u;
const MAX_LABEL = 4;
const MAX_SIGNATURE = 5;

/** "Label: content" with a capitalised label of at most four words, in the headline or in capitals. */
function speakerLabel(tokens: readonly Token[], text: string, line: Line, words: () => ReadonlyMap<string, number>, headline: boolean): TokenAttribution | null {
  let s = line.first;
  if (s < line.last && OPENING.test(tokens[s]!.text)) s++;
  let colon = s;
  while (colon < line.last && colon - s <= MAX_LABEL && tokens[colon]!.text !== ':') colon++;
  if (colon >= line.last || tokens[colon]!.text !== ':' || colon === s || colon - s > MAX_LABEL) return null;
  const label = tokens.slice(s, colon);
  if (!CAPITALISED.test(label[0]!.text) || !label.every((t) => CAPITALISED.test(t.text) || LABEL_JOINER.test(t.lower))) return null;
  const labelText = text.slice(label[0]!.start, label[label.length - 1]!.end);
  const capitals = /\p{Lu}{2}/u.test(labelText) && labelText === labelText.toUpperCase();
  if (!headline && !capitals) return null;
  const notSpeakers = cueLexicon().notSpeakerLabels;
  if (notSpeakers.has(labelText.toLowerCase()) || notSpeakers.has(label[0]!.lower)) return null;
  // Someone the article mentions again: a word of the label occurs outside the label.
  if (!label.some((t) => /\p{L}{3}/u.test(t.text) && !notSpeakers.has(t.lower) && (words().get(t.lower) ?? 0) > 1)) return null;
  const content = contentOf(tokens, text, colon + 1, line);
  return content && { source: [[s, colon]], cue: [colon, colon + 1], ...content, viaCue: null };
}

/** "“quote” ― Name" closing a line that opens with the quote. */
function signedQuote(tokens: readonly Token[], text: string, line: Line): TokenAttribution | null {
  if (line.last - line.first < 4 || !OPENING.test(tokens[line.first]!.text)) return null;
  let last = line.last;
  while (last > line.first && tokens[last - 1]!.text === '.') last--;
  let dash = last - 1;
  while (dash > line.first && !DASH.test(tokens[dash]!.text)) dash--;
  const name = tokens.slice(dash + 1, last);
  if (!DASH.test(tokens[dash]?.text ?? '') || !CLOSING.test(tokens[dash - 1]?.text ?? '')) return null;
  if (name.length === 0 || name.length > MAX_SIGNATURE || !CAPITALISED.test(name[0]!.text) || !name.every((t) => CAPITALISED.test(t.text) || LABEL_JOINER.test(t.lower))) return null;
  return {
    source: [[dash + 1, last]],
    cue: [dash, dash + 1],
    content: [[line.first, dash]],
    contentChars: [[tokens[line.first]!.start, tokens[dash - 1]!.end]],
    viaCue: null,
  };
}

/** The rest of the line after the cue, without a final period; null when fewer than two words remain. */
function contentOf(tokens: readonly Token[], text: string, from: number, line: Line): Pick<TokenAttribution, 'content' | 'contentChars'> | null {
  let last = line.last;
  while (last > from && /^[.\s]$/u.test(tokens[last - 1]!.text)) last--;
  const wordsIn = tokens.slice(from, last).filter((t) => /\p{L}/u.test(t.text));
  if (wordsIn.length < 2 || /^\p{N}/u.test(tokens[from]!.text)) return null;
  return { content: [[from, last]], contentChars: [[tokens[from]!.start, tokens[last - 1]!.end]] };
}

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
}

/** How often each lower-cased word occurs in the text. */
function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.toLowerCase().matchAll(/\p{L}[\p{L}\p{N}'’-]*/gu)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return counts;
}

function touches(a: TokenAttribution, excluded: ReadonlySet<number>): boolean {
  const spans = [...a.source, a.cue, ...a.content];
  return spans.some(([s, e]) => {
    for (let k = s; k < e; k++) if (excluded.has(k)) return true;
    return false;
  });
}
