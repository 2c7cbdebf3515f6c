import type { Modality } from '../../../domain/extraction.js';
import type { Span } from '../../../domain/span.js';
import { spanOf } from '../../../domain/span.js';

/** Words that hedge a proposition. */
const HEDGES = /\b(could|may|might|likely|unlikely|reportedly|possibly|perhaps|probably|would|said to|appears? to|seems? to|unclear|allegedly|expected to|potentially)\b/i;

/** Cues that make support depend on a condition; the condition follows the cue. */
const CONDITIONAL_CUES = /\b(conditional on|conditioned on|contingent (?:up)?on|dependent on|depends? on|depended on|hinges? on|subject to|tied to|linked to|only if|only when|only after|only once|(?:would |will |can |could )?only (?:[a-z]+ ){1,3}(?:once|if|after|when|until)|on condition that|provided that|as long as|unless)\b/i;

/** Denials of an earlier report: "the reports were totally false". */
const DENIAL_OF_REPORTS = /\b(the |these |those |such )?(reports?|claims?|allegations?|accusations?|suggestions?|stor(?:y|ies)|assertions?|rumou?rs?)\s+(?:were|are|was|is)\s+["“]?((?:totally|completely|entirely|absolutely|simply|patently|categorically|utterly)\s+)?["“]?(false|untrue|fake|wrong|baseless|groundless|nonsense|inaccurate|fabricated|lies|a lie|misleading|incorrect|unfounded)\b/i;

/** A bare anaphoric noun phrase for an earlier report: "the report", "these allegations". */
const REPORT_NP = /^(?:the|these|those|such|this|that|any)\s+(?:media\s+|news\s+|press\s+)?(?:reports?|claims?|allegations?|accusations?|suggestions?|stor(?:y|ies)|assertions?|rumou?rs?|speculation)$/i;
/** A report noun, to tell whether a later "it" can mean the report. */
const REPORT_NOUN = /\b(?:reports?|claims?|allegations?|accusations?|stor(?:y|ies)|assertions?|rumou?rs?)\b/i;
/** "it was completely false": a denial when "it" is a report named just before. */
const PRONOUN_DENIAL = /^(?:it|they|this|that)\s+(?:was|were|is|are)\s+["“]?((?:totally|completely|entirely|absolutely|simply|patently|categorically|utterly)\s+)?["“]?(false|untrue|fake|wrong|baseless|groundless|nonsense|inaccurate|fabricated|lies|a lie|misleading|incorrect|unfounded)\b/i;

/** HEDGED when the content hedges (could, may, likely, reportedly, said to...) or the cue does (suggested, signalled). */
export function modalityOf(content: string, cue = ''): Modality {
  return HEDGES.test(content) || /\b(suggest|signal|indicat|hint|expect|predict)/i.test(cue) ? 'HEDGED' : 'ASSERTED';
}

/** The conditional cue in [start, end), with the condition clause after it. */
export function conditionIn(text: string, span: Span): { cue: Span; condition: Span } | null {
  const m = CONDITIONAL_CUES.exec(span.text);
  if (!m) return null;
  const cueStart = span.start + m.index;
  const cueEnd = cueStart + m[0].length;
  let condEnd = span.end;
  // The condition runs to the end of its clause.
  const rest = text.slice(cueEnd, span.end);
  const stop = rest.search(/[;]|,\s+(but|while|though|although|and the|as)\s/);
  if (stop > 0) condEnd = cueEnd + stop;
  let condStart = cueEnd;
  while (condStart < condEnd && /\s/.test(text[condStart]!)) condStart++;
  while (condEnd > condStart && /[\s,.;:]/.test(text[condEnd - 1]!)) condEnd--;
  if (condEnd - condStart < 6) return null;
  return { cue: spanOf(text, cueStart, cueEnd), condition: spanOf(text, condStart, condEnd) };
}

/** "the reports were totally false": a denial of whatever was reported before. */
export function denialIn(text: string, span: Span): Span | null {
  const m = DENIAL_OF_REPORTS.exec(span.text);
  if (!m) return null;
  const verb = m[0].search(/\s(?:were|are|was|is)\s/);
  const head = m[3] ?? m[4]!;
  const start = span.start + m.index + m[0].indexOf(head, verb);
  return spanOf(text, start, span.start + m.index + m[0].length);
}

/**
 * A denial that refers back to a report without restating it: "rejected the report" (the part
 * is only the noun phrase, the cue a denial verb) or "..., saying it was baseless" after a
 * report noun earlier in the same sentence. Returns the cue that carries the denial.
 */
export function anaphoricDenial(text: string, part: Span, cue: Span, sentenceStart: number, isDenialCue: boolean): Span | null {
  if (isDenialCue && REPORT_NP.test(part.text.trim())) return cue;
  const m = PRONOUN_DENIAL.exec(part.text);
  if (!m || !REPORT_NOUN.test(text.slice(sentenceStart, part.start))) return null;
  const head = m[1] ?? m[2]!;
  const start = part.start + m[0].lastIndexOf(head);
  return spanOf(text, start, part.start + m[0].length);
}

/** Secondary cues inside a content: "..., insisting the US role was limited to ...". */
const SECONDARY = /[,”"’]*\s+(?:but\s+|and\s+)?(insisting|adding|saying|arguing|noting|warning|stressing|claiming|maintaining|maintained|insisted|added|stressed|argued|warned|noted|confirmed|acknowledged|said)\s+(?:that\s+)?/gi;

/** Splits a content at secondary cues; each part keeps its own cue. The first part's cue is null. */
export function splitContent(text: string, span: Span): Array<{ cue: Span | null; part: Span }> {
  const parts: Array<{ cue: Span | null; part: Span }> = [];
  let cursor = span.start;
  let cue: Span | null = null;
  SECONDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SECONDARY.exec(span.text))) {
    const at = span.start + m.index;
    const word = m[1]!;
    const wordStart = span.start + m.index + m[0].indexOf(word);
    // "and confirmed" only splits when a clause follows; a bare comma needs a participle.
    if (!/^[”"’]*,/.test(m[0]) && !/^[,”"’]*\s+(but|and)\s/i.test(m[0])) continue;
    if (at > cursor) parts.push({ cue, part: spanOf(text, cursor, at) });
    cue = spanOf(text, wordStart, wordStart + word.length);
    cursor = span.start + m.index + m[0].length;
  }
  if (span.end > cursor) parts.push({ cue, part: spanOf(text, cursor, span.end) });
  // A clause that brings in another holder ("though the minister acknowledged ...") is not this content.
  return parts
    .map(({ cue: c, part }) => {
      const cut = part.text.search(/,?\s+(though|although|while|whereas|indicating|signalling|signaling|suggesting|underscoring|highlighting)\s/i);
      const end = cut > 0 ? part.start + cut : part.end;
      let s = part.start;
      let e = end;
      while (s < e && /[\s,;:"“”]/.test(text[s]!)) s++;
      while (e > s && /[\s,;:.]/.test(text[e - 1]!)) e--;
      return { cue: c, part: spanOf(text, s, e) };
    })
    .filter((p) => p.part.end - p.part.start > 3);
}

const QUOTE_MARKS = /["“”«»]/g;

/**
 * The proposition as a plain sentence: no "that", no quote marks, no trailing punctuation,
 * reported past progressive moved back to the present ("it was pressuring" -> "is pressuring"),
 * and pronouns replaced by the names they refer to.
 */
export function normalizeClaim(text: string, span: Span, replacements: Array<{ start: number; end: number; name: string }>): string {
  let out = '';
  let at = span.start;
  for (const r of [...replacements].sort((a, b) => a.start - b.start)) {
    if (r.start < at || r.end > span.end) continue;
    out += text.slice(at, r.start) + r.name;
    at = r.end;
  }
  out += text.slice(at, span.end);
  out = out
    .replace(QUOTE_MARKS, '')
    .replace(/^(that|whether)\s+/i, '')
    .replace(/\b(was|were)\s+(not\s+)?(\w+ing)\b/gi, (_m, be: string, not: string | undefined, verb: string) => `${be.toLowerCase() === 'was' ? 'is' : 'are'} ${not ?? ''}${verb}`)
    .replace(/\s+/g, ' ')
    .replace(/[\s,.;:]+$/, '')
    .trim();
  return out;
}
