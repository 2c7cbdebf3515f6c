import type { Attribution } from '../../domain/extraction.js';
import { spanOf, type Span } from '../../domain/span.js';
import type { AttributionSpans } from './attribution/index.js';
import type { Sentence } from './context.js';
import { isPassiveHedge, isSpeechCue } from './cue.lexicon.js';
import { sentenceAt } from './sentence.extractor.js';

/** Trims white space and clause punctuation (not quote marks) from both ends of a span. */
export function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && /[\s,;:—–-]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:—–.-]/.test(text[end - 1]!)) end--;
  if (text.slice(start, start + 5).toLowerCase() === 'that ') start += 5;
  return end > start ? spanOf(text, start, end) : null;
}

/** An attribution being cleaned: one content span, positional `via` (an index into the drafts). */
export interface Draft {
  source: Span[];
  cue: Span[];
  content: Span[];
  kind: Attribution['kind'];
  via: number | null;
  sentence: Sentence;
}

const AFTER_SOURCE_CUES = /^(according|citing|quoting|said|says|told|added)$/i;
const CONTINUATION = /^[\s,]*(?:but|and)?\s*(?:insisting|adding|saying|arguing|noting|warning|stressing|maintained|insisted|added|stressed|argued|warned|noted|confirmed|maintaining|only (?:if|when|once|after)|unless|provided that|as long as|on condition that)\b/i;
const CITING = /^(citing|quoting)$/i;

/** The speech words of a cue ("said" in "said talks in", "according to"), auxiliaries kept in front. */
function speechCue(text: string, cues: Span[]): Span | null {
  for (const c of cues) {
    const re = /according to|[\p{L}’'-]+/giu;
    let w: RegExpExecArray | null;
    let last = -1;
    while ((w = re.exec(c.text))) if (isSpeechCue(w[0])) last = c.start + w.index + w[0].length;
    if (last > 0) return spanOf(text, c.start, last);
  }
  return null;
}

/**
 * Keeps what a rule or model attribution finder returns only where it makes sense for claims:
 * every span inside the cue's sentence (never across a paragraph), a real speech cue, one
 * content that starts after the cue (fragments are joined), and a source where a source can be.
 */
export function clean(text: string, sentences: readonly Sentence[], found: AttributionSpans[]): Draft[] {
  const drafts: Draft[] = [];
  for (const a of found) {
    const cue = speechCue(text, a.cue);
    // "citing Y" is rebuilt from the text by addCiting, whatever shape the finder gave it.
    if (!cue || CITING.test(cue.text)) continue;
    const sentence = sentenceAt(sentences, cue.start);
    if (!sentence || sentence.heading || isPassiveHedge(cue.text)) continue;
    const clip = (spans: Span[]): Span[] =>
      spans
        .map((x) => trimSpan(text, Math.max(x.start, sentence.start), Math.min(x.end, sentence.end)))
        .filter((x): x is Span => x !== null);
    const source = clip(a.source);
    const parts = clip(a.content);
    if (parts.length === 0) continue;
    // A source well after its cue only makes sense for "according to X", "citing X", "said X".
    const firstCueWord = cue.text.split(/\s+/)[0] ?? '';
    if (source[0] && source[0].start > cue.end + 3 && !AFTER_SOURCE_CUES.test(firstCueWord)) continue;
    let start = Math.min(...parts.map((p) => p.start));
    let end = Math.max(...parts.map((p) => p.end));
    // The finder sometimes leaves a few words between cue and content ("said talks in").
    if (start > cue.end) {
      const gap = text.slice(cue.end, start);
      if (!/\bthat\s*$|[,;:“"]/.test(gap) && gap.trim().split(/\s+/).length <= 4 && !/^\s*to\s/.test(gap)) start = cue.end;
    }
    // "..., but maintained that ..." and "..., but only if ...": the content goes on through a second cue or its condition.
    if (CONTINUATION.test(text.slice(end, sentence.end))) end = sentence.end;
    const content = trimSpan(text, start, end);
    if (content) drafts.push({ source, cue: [cue], content: [content], kind: a.kind, via: null, sentence });
  }
  return drafts;
}

/** "X reported, citing Y": adds Y as an attribution reported through X when the finder did not. */
export function addCiting(text: string, drafts: Draft[]): void {
  const more: Draft[] = [];
  for (const d of drafts) {
    const cue = d.cue[0]!;
    const m = /^\s*,?\s*(citing|quoting)\s+([^,.;]+)/i.exec(text.slice(cue.end, d.sentence.end));
    if (!m) continue;
    const cueStart = cue.end + m.index + m[0].indexOf(m[1]!);
    if (drafts.some((o) => o.cue.some((c) => c.start <= cueStart && cueStart < c.end))) continue;
    const srcStart = cue.end + m.index + m[0].lastIndexOf(m[2]!);
    const source = trimSpan(text, srcStart, srcStart + m[2]!.trimEnd().length);
    if (source) more.push({ source: [source], cue: [spanOf(text, cueStart, cueStart + m[1]!.length)], content: d.content, kind: 'INDIRECT', via: null, sentence: d.sentence });
  }
  drafts.push(...more);
}

const inside = (x: Span, c: Span): boolean => c.start <= x.start && x.end <= c.end;

/**
 * Works out who reports whom from positions: an attribution whose cue sits inside another's
 * content is reported through it; "citing Y" is reported through the cue before it, and what
 * that reporter relays is then reported through Y. A content stops where an outer reporter
 * begins ("..., the FT reported").
 */
export function nest(text: string, drafts: Draft[]): Draft[] {
  const bySentence = new Map<Sentence, Draft[]>();
  for (const d of drafts) {
    const group = bySentence.get(d.sentence);
    if (group) group.push(d);
    else bySentence.set(d.sentence, [d]);
  }
  // Reports nest within a sentence only: working sentence by sentence keeps this linear in the article.
  const kept: Draft[] = [];
  for (const group of bySentence.values()) {
    const offset = kept.length;
    for (const d of nestSentence(text, group)) kept.push({ ...d, via: d.via === null ? null : d.via + offset });
  }
  return kept;
}

function nestSentence(text: string, drafts: Draft[]): Draft[] {
  for (const d of drafts) {
    const c = d.content[0]!;
    let end = c.end;
    // Never the attribution's own source or cue ("X, the FT reported": content stops before "the FT").
    for (const x of [...d.source, ...d.cue]) if (x.start > c.start && x.start < end) end = x.start;
    for (const o of drafts) {
      if (o === d) continue;
      const oc = o.cue[0]!;
      const nested = inside(o.content[0]!, c);
      if (!nested && oc.start > c.start && oc.start < end && /^(reported|according|citing|quoting|said|says|told)/i.test(oc.text.split(/\s+/).pop() ?? '')) {
        const s0 = o.source[0];
        end = Math.min(end, s0 && s0.start > c.start && s0.start < oc.start ? s0.start : oc.start);
      }
    }
    const tail = text.slice(c.start, end);
    const cut = tail.search(/,?\s+(according to|citing|quoting)\s+[^,]*$/i);
    d.content = [trimSpan(text, c.start, cut > 0 ? c.start + cut : end) ?? c];
  }
  // A cue inside another's content with its source outside it is a fragment, not a nested report.
  const kept = drafts.filter(
    (d) => !drafts.some((o) => o !== d && !CITING.test(d.cue[0]!.text) && inside(d.cue[0]!, o.content[0]!) && d.source.length > 0 && !d.source.every((s) => inside(s, o.content[0]!))),
  );
  kept.forEach((d, i) => {
    d.via = null;
    if (CITING.test(d.cue[0]!.text)) {
      const parent = kept.findIndex((o) => o !== d && o.cue[0]!.end <= d.cue[0]!.start && text.slice(o.cue[0]!.end, d.cue[0]!.start).trim().length <= 1);
      d.via = parent >= 0 ? parent : null;
      return;
    }
    let best = -1;
    kept.forEach((o, j) => {
      if (i === j || CITING.test(o.cue[0]!.text)) return;
      if (!inside(d.cue[0]!, o.content[0]!) || inside(o.cue[0]!, d.content[0]!)) return;
      // "..., though Y acknowledged ...": a new clause with its own holder, not a report of one.
      const lead = text.slice(o.content[0]!.start, (d.source[0] ?? d.cue[0]!).start);
      if (/,?\s(though|although|while|whereas|but)\s+\S*\s*$/i.test(lead) || /[,;]\s(though|although|while|whereas)\s/i.test(lead)) return;
      if (best < 0 || o.content[0]!.end - o.content[0]!.start < kept[best]!.content[0]!.end - kept[best]!.content[0]!.start) best = j;
    });
    d.via = best >= 0 ? best : null;
  });
  kept.forEach((c, ci) => {
    if (c.via === null || !CITING.test(c.cue[0]!.text)) return;
    // Y's words are what X reports, as cut for X.
    c.content = kept[c.via]!.content;
    kept.forEach((d, di) => {
      if (di !== ci && d.via === c.via) d.via = ci;
    });
  });
  return kept;
}

