import { spanOf, type Span } from '../../../domain/span.js';
import type { Sentence } from '../context.js';
import type { ClaimBuilder } from './claim.builder.js';
import { conditionIn, splitContent } from './claim.text.js';

const DENIAL_OF_CLAIMS = /\b(rejected|rejects|denied|denies|dismissed|dismisses|refuted|refutes|disputed|disputes|rebuffed)\s+(?:the\s+|any\s+)?(?:(?:claims?|reports?|allegations?|accusations?|suggestions?|speculation|assertions?|charges?)\s+)?that\s+/i;
const DENIAL_OF_REPORT = /\b(?:rejected|rejects|denied|denies|dismissed|dismisses|refuted|refutes|disputed|disputes|rebuffed)\s+(?:the|these|those|such|this|that)\s+(?:media\s+|news\s+|press\s+)?(?:reports?|claims?|allegations?|accusations?|stor(?:y|ies)|rumou?rs?)\b(?!\s+(?:that|of|about|on|by)\b)/i;
const POSITION_ON = /\b(?:(stance|position|opposition|campaign|objections?)\s+(?:against|to)|(support|backing)\s+for)\s+/i;

/** What a sentence rule sees: the sentence, its span, and whether an attribution already covers it. */
export interface SentenceView {
  sentence: Sentence;
  span: Span;
  attributed: boolean;
}

/**
 * "X rejected claims that Y": X opposes Y, and Y is remembered as reported so that a later
 * "the reports were false" finds it. Returns where the denial starts, so attributions found
 * inside it ("rejected" as a cue) are not read twice.
 */
export function deniedClaim(b: ClaimBuilder, v: SentenceView): number | null {
  const { text } = b.state;
  const m = DENIAL_OF_CLAIMS.exec(v.span.text);
  if (!m) return null;
  const at = v.span.start + m.index;
  const cue = spanOf(text, at, at + m[0].replace(/\s+that\s+$/i, '').length);
  const clause = splitContent(text, spanOf(text, at + m[0].length, v.sentence.end))[0]?.part;
  const claim = clause ? b.claim(clause) : null;
  if (claim) {
    b.reported.push(claim.key);
    b.statements.push({ holder: b.subject(v.sentence, at), claim: claim.key, condition: null, attribution: null, cue, evidence: v.span, quote: null, polarity: 'OPPOSE', origin: 'sentence' });
  }
  return at;
}

/**
 * "X denied the report.": too short for an attributed content, still a denial of what was
 * reported before. The holder is the cue's attribution source when there is one.
 */
export function deniedReport(b: ClaimBuilder, v: SentenceView): void {
  if (v.attributed) return;
  const { text } = b.state;
  const m = DENIAL_OF_REPORT.exec(v.span.text);
  if (!m) return;
  const at = v.span.start + m.index;
  const verb = m[0].split(/\s+/)[0]!;
  const cue = spanOf(text, at, at + verb.length);
  const attribution = b.state.attributions.find((a) => a.sourceActor && a.cue.some((c) => c.start <= at && at < c.end));
  const holder = attribution?.sourceActor ?? b.subject(v.sentence, at);
  const part = spanOf(text, at + verb.length + 1, at + m[0].length);
  if (holder) b.statement({ part, holder, cue, sentence: v.sentence, attribution: attribution?.key ?? null, origin: 'sentence' });
}

/** "Norway will release the funds only if ...": an unattributed sentence whose subject sets a condition. */
export function narratedCondition(b: ClaimBuilder, v: SentenceView): void {
  if (v.attributed) return;
  const { text } = b.state;
  const cond = conditionIn(text, v.span);
  if (!cond) return;
  const holder = b.subject(v.sentence, cond.cue.start);
  const body = splitContent(text, spanOf(text, b.bodyStart(v.sentence), v.sentence.end))[0]?.part;
  if (holder && body) b.statement({ part: body, holder, cue: cond.cue, sentence: v.sentence, origin: 'sentence' });
}

/** "..., indicating a strong stance against ceding territory": the subject opposes (or supports) the object. */
export function positionOn(b: ClaimBuilder, v: SentenceView): void {
  const { text } = b.state;
  const m = POSITION_ON.exec(v.span.text);
  if (!m) return;
  const at = v.span.start + m.index;
  const start = at + m[0].length;
  const stop = text.slice(start, v.sentence.end).search(/[,.;:]|\s+(and|but|while|as)\s/);
  const target = spanOf(text, start, stop > 0 ? start + stop : v.sentence.end);
  const holder = b.subject(v.sentence, at);
  const claim = holder && target.text.trim().length > 3 ? b.claim(target) : null;
  if (!holder || !claim) return;
  b.statements.push({
    holder, claim: claim.key, condition: null, attribution: null, cue: spanOf(text, at, start - 1), evidence: v.span, quote: null,
    polarity: m[2] ? 'SUPPORT' : 'OPPOSE', origin: 'sentence',
  });
}
