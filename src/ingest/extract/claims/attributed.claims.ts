import type { Attribution } from '../../../domain/extraction.js';
import { spanOf, type Span } from '../../../domain/span.js';
import type { Sentence } from '../context.js';
import type { ClaimBuilder } from './claim.builder.js';
import { cueHas, RELAY_STEMS } from '../cue.lexicon.js';
import { splitContent } from './claim.text.js';

/** Every attribution reported through `key`, directly or not. */
function descendants(all: readonly Attribution[], key: string): Attribution[] {
  const out: Attribution[] = [];
  const seen = new Set([key]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const a of all) {
      if (a.via && seen.has(a.via) && !seen.has(a.key)) {
        seen.add(a.key);
        out.push(a);
        grew = true;
      }
    }
  }
  return out;
}

/** A direct quote's content without its quote marks and closing punctuation. */
function unquoted(text: string, span: Span): Span | null {
  let start = span.start;
  let end = span.end;
  while (start < end && /[\s“"‘']/.test(text[start]!)) start++;
  while (end > start && /[\s”"’',.]/.test(text[end - 1]!)) end--;
  return end > start ? spanOf(text, start, end) : null;
}

/** The quoted words inside a span; the closing mark may have gone with a split ("“very good” and added ..."). */
function quoteIn(text: string, span: Span): Span | null {
  const m = /[“"]([^”"]{3,}?)[,.]?(?:[”"]|$)/.exec(span.text);
  if (!m) return null;
  const start = span.start + m.index + 1;
  return spanOf(text, start, start + m[1]!.length);
}

/**
 * Statements from the attributions of one sentence: each content, cut where a report it relays
 * begins and split at second cues ("..., insisting ..."), is one statement of the source actor.
 */
export function attributedClaims(b: ClaimBuilder, sentence: Sentence, attributions: readonly Attribution[], skipFrom: number | null): void {
  const { text } = b.state;
  const all = b.state.attributions;
  const actors = new Map(b.state.actors.map((x) => [x.key, x] as const));
  for (const a of attributions) {
    if (!a.sourceActor || (skipFrom !== null && a.cue[0]!.start >= skipFrom)) continue;
    // Only a relayed report with a known holder takes words away from its reporter; a nested
    // "attribution" without one is more likely a second verb of the same speaker ("said ... and confirmed").
    const inner = descendants(all, a.key)
      .filter((x) => x.sourceActor)
      .map((x) => (x.source[0] ?? x.cue[0]!).start);
    for (const whole of a.content) {
      const stop = Math.min(whole.end, ...inner.filter((at) => at >= whole.start));
      const content = spanOf(text, whole.start, stop);
      if (content.text.trim().split(/\s+/).length < 3) continue;
      for (const { cue, part } of splitContent(text, content)) {
        const quote = quoteIn(text, part) ?? (a.kind === 'DIRECT' ? unquoted(text, part) : null);
        const relay = actors.get(a.sourceActor)?.type === 'MEDIA' && cueHas(a.cue[0]!.text, RELAY_STEMS);
        b.statement({ part, holder: a.sourceActor, cue: cue ?? a.cue[0]!, sentence, attribution: a.key, quote, origin: 'attribution', relay });
      }
    }
  }
}
