import { quoteAt } from './quotes.js';
import type { TokenAttribution } from './rules.js';
import { tokensOverlapping, type Analysis, type Token } from './tokens.js';

const MARK = /^[“”"«»]$/u;
/** How far after the cue the speaker's description may run ("said the Rev. X, of Y Church."). */
const MAX_TRAILER = 30;

/**
 * `"First part," she said. "Second part."`: the quote that opens the next sentence goes on with
 * what the speaker said, so it joins the attribution's content as a second span. Only when the
 * attribution's content is a quote closed before its cue, the next sentence opens with a quote mark
 * in the same paragraph, and no other attribution already claims that quote (`"...," she added.`).
 */
export function withQuoteContinuations(analysis: Analysis, text: string, found: TokenAttribution[]): void {
  const { tokens, quotes } = analysis;
  const claimed = new Set<number>();
  for (const a of found) {
    for (const [s, e] of a.content) for (let i = s; i < e; i++) claimed.add(i);
    for (const i of tokensOverlapping(tokens, (a.contentChars ?? []).map(([start, end]) => ({ start, end })))) claimed.add(i);
  }
  for (const a of found) {
    if (a.content.length === 0) continue;
    const contentEnd = Math.max(...a.content.map(([, e]) => e));
    if (contentEnd > a.cue[0] || !closesQuoteBefore(analysis, text, contentEnd, a.cue[0])) continue;
    const open = nextQuoteOpening(analysis, text, a.cue[1]);
    if (open < 0) continue;
    const q = quoteAt(quotes, tokens[open]!.start);
    if (q < 0 || quotes[q]!.start !== tokens[open]!.start) continue;
    const region = quotes[q]!;
    let last = open;
    while (last < tokens.length && tokens[last]!.end <= region.end) last++;
    const inner: [number, number] = [open + markWidth(tokens, open), last];
    while (inner[1] > inner[0] && markWidth(tokens, inner[1] - 1) > 0) inner[1]--;
    if (inner[1] <= inner[0]) continue;
    let taken = false;
    for (let i = inner[0]; i < inner[1] && !taken; i++) taken = claimed.has(i);
    if (taken) continue;
    a.content.push(inner);
    if (a.contentChars && a.contentChars.length > 0) a.contentChars.push([tokens[inner[0]]!.start, tokens[inner[1] - 1]!.end]);
    for (let i = inner[0]; i < inner[1]; i++) claimed.add(i);
  }
}

/** Whether a closing quote mark lies between the content's end and the cue, in the cue's sentence. */
function closesQuoteBefore({ tokens }: Analysis, text: string, contentEnd: number, cue: number): boolean {
  const last = tokens[contentEnd - 1];
  if (!last) return false;
  return /[”"»]|''/u.test(text.slice(last.start, tokens[cue]!.start)) && last.sentence === tokens[cue]!.sentence;
}

/**
 * The token opening the quote that starts the sentence after the cue: the first opening mark after
 * `from` in the same paragraph, right after a sentence's final mark, with no quote mark before it.
 */
function nextQuoteOpening({ tokens }: Analysis, text: string, from: number): number {
  for (let i = from; i < tokens.length && i < from + MAX_TRAILER; i++) {
    const t = tokens[i]!;
    if (i > from && text.slice(tokens[i - 1]!.end, t.start).includes('\n\n')) return -1;
    if (markWidth(tokens, i) === 0) continue;
    return i > 0 && /^[.!?:]$/u.test(tokens[i - 1]!.text) ? i : -1;
  }
  return -1;
}

/** How many tokens make the quote mark at `i`: one for a quote character, two for `''`, else 0. */
function markWidth(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  if (MARK.test(t.text)) return 1;
  const next = tokens[i + 1];
  if (t.text === "'" && next?.text === "'" && next.start === t.end) return 2;
  const prev = tokens[i - 1];
  return t.text === "'" && prev?.text === "'" && prev.end === t.start ? 1 : 0;
}

/**
 * A later quote that has a cue of its own after it (`"...," she added.`) is that cue's content, not
 * a continuation of an earlier attribution's: drop it from the earlier one's extra content spans.
 */
export function withoutLaterQuotesOfOthers(found: TokenAttribution[]): void {
  for (const a of found) {
    if (a.content.length < 2 || (a.contentChars?.length ?? 0) > 0) continue;
    a.content = a.content.filter(
      ([s, e], k) => k === 0 || s < a.cue[1] || !found.some((b) => b !== a && b.cue[0] >= e && b.content.some(([bs, be]) => bs < e && s < be)),
    );
  }
}
