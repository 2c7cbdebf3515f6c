import type { Attribution, Diagnostic, ExtractedActor } from '../../domain/extraction.js';
import { spanOf, type Span } from '../../domain/span.js';
import { findAttributions, type AttributionSpans } from './attribution/index.js';
import type { ExtractionState, Mention, Sentence, StageExtractor } from './context.js';
import { isPassiveHedge, isSpeechCue } from './cue.lexicon.js';
import { slug } from './gazetteer/index.js';

const SOURCE_PREFERENCE: Record<string, number> = { ANONYMOUS_SOURCE: 0, PERSON: 1, GROUP: 2, MEDIA: 3, ORGANIZATION: 4, STATE: 5 };

/** Trims white space and clause punctuation (not quote marks) from both ends of a span. */
function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && /[\s,;:—–-]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:—–.-]/.test(text[end - 1]!)) end--;
  if (text.slice(start, start + 5).toLowerCase() === 'that ') start += 5;
  return end > start ? spanOf(text, start, end) : null;
}

function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | null {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}

interface Draft {
  source: Span[];
  cue: Span[];
  content: Span[];
  kind: Attribution['kind'];
  via: number | null;
  sentence: Sentence;
}

const AFTER_SOURCE_CUES = /^(according|citing|quoting|said|says|told|added)$/i;
const CONTINUATION = /^[\s,]*(?:but|and)?\s*(?:insisting|adding|saying|arguing|noting|warning|stressing|maintained|insisted|added|stressed|argued|warned|noted|confirmed|maintaining)\b/i;
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
function clean(text: string, sentences: readonly Sentence[], found: AttributionSpans[]): Draft[] {
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
    // "..., but maintained that ...": the content goes on through a second cue.
    if (CONTINUATION.test(text.slice(end, sentence.end))) end = sentence.end;
    const content = trimSpan(text, start, end);
    if (content) drafts.push({ source, cue: [cue], content: [content], kind: a.kind, via: null, sentence });
  }
  return drafts;
}

/** "X reported, citing Y": adds Y as an attribution reported through X when the finder did not. */
function addCiting(text: string, drafts: Draft[]): void {
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
function nest(text: string, drafts: Draft[]): Draft[] {
  for (const d of drafts) {
    const c = d.content[0]!;
    let end = c.end;
    // Never the attribution's own source or cue ("X, the FT reported": content stops before "the FT").
    for (const x of [...d.source, ...d.cue]) if (x.start > c.start && x.start < end) end = x.start;
    for (const o of drafts) {
      if (o === d || o.sentence !== d.sentence) continue;
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
    (d) => !drafts.some((o) => o !== d && o.sentence === d.sentence && !CITING.test(d.cue[0]!.text) && inside(d.cue[0]!, o.content[0]!) && d.source.length > 0 && !d.source.every((s) => inside(s, o.content[0]!))),
  );
  kept.forEach((d, i) => {
    d.via = null;
    if (CITING.test(d.cue[0]!.text)) {
      const parent = kept.findIndex((o) => o !== d && o.sentence === d.sentence && o.cue[0]!.end <= d.cue[0]!.start && text.slice(o.cue[0]!.end, d.cue[0]!.start).trim().length <= 1);
      d.via = parent >= 0 ? parent : null;
      return;
    }
    let best = -1;
    kept.forEach((o, j) => {
      if (i === j || o.sentence !== d.sentence || CITING.test(o.cue[0]!.text)) return;
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
    kept.forEach((d, di) => {
      if (di !== ci && d.via === c.via) d.via = ci;
    });
  });
  return kept;
}

/** The actor a source span names: the most specific mention overlapping it. */
function sourceActor(source: Span[], mentions: readonly Mention[], actors: Map<string, ExtractedActor>): string | null {
  let best: { key: string; rank: number; start: number } | null = null;
  for (const s of source) {
    for (const m of mentions) {
      if (m.end <= s.start || m.start >= s.end) continue;
      const actor = actors.get(m.actor);
      if (!actor) continue;
      const rank = SOURCE_PREFERENCE[actor.type] ?? 9;
      if (!best || rank < best.rank || (rank === best.rank && m.start < best.start)) best = { key: actor.key, rank, start: m.start };
    }
  }
  return best?.key ?? null;
}

/**
 * Builds Attribution records from the attribution finder (src/ingest/extract/attribution) and
 * maps each source to an actor. A plural common-noun source with no actor ("Analysts warn")
 * becomes a GROUP actor.
 */
export const attributionExtractor: StageExtractor = {
  name: 'attributions',
  run(state: Readonly<ExtractionState>): Partial<ExtractionState> {
    const { text } = state;
    const found = findAttributions(text, state.article.excluded);
    const cleaned = clean(text, state.sentences, found);
    addCiting(text, cleaned);
    const drafts = nest(text, cleaned);

    const actors = new Map(state.actors.map((a) => [a.key, a] as const));
    const newActors: ExtractedActor[] = [];
    const mentions = [...state.mentions];
    const attributions: Attribution[] = [];
    drafts.forEach((d, i) => {
      if (d.content.length === 0) return;
      let actor = sourceActor(d.source, mentions, actors);
      const src = d.source[0];
      if (!actor && src && /^(the\s+)?[a-z]+s$/i.test(src.text) && !/^(they|others|this|these|those|reports?)$/i.test(src.text)) {
        const name = src.text.replace(/^the\s+/i, '');
        const key = `group:${slug(name)}`;
        if (!actors.has(key)) {
          const group: ExtractedActor = { key, name, type: 'GROUP', aliases: [], title: null, count: null, mentions: [] };
          actors.set(key, group);
          newActors.push(group);
        }
        newActors.find((g) => g.key === key)?.mentions.push(src);
        mentions.push({ start: src.start, end: src.end, actor: key, kind: 'group', sentence: d.sentence.index });
        actor = key;
      }
      attributions.push({ key: `attr:${i + 1}`, source: d.source, cue: d.cue, content: d.content, sourceActor: actor, kind: d.kind, via: d.via === null ? null : `attr:${d.via + 1}` });
    });
    const kept = new Set(attributions.map((a) => a.key));
    for (const a of attributions) if (a.via && !kept.has(a.via)) a.via = null;
    const diagnostics: Diagnostic[] = [
      ...state.diagnostics,
      { level: 'info', code: 'ATTRIBUTIONS', message: `${attributions.length} attributions kept of ${found.length} found` },
    ];
    return {
      attributions,
      actors: newActors.length ? [...state.actors, ...newActors] : state.actors,
      mentions: newActors.length ? mentions.sort((a, b) => a.start - b.start) : state.mentions,
      diagnostics,
    };
  },
};

export { sentenceAt };
