/** Stems of verbs that introduce what someone holds true (said, signalled, insisted, warned...). */
const SPEECH_STEMS = [
  'say', 'said', 'tell', 'told', 'report', 'state', 'add', 'note', 'claim', 'argu', 'insist', 'confirm', 'deni', 'deny', 'reject',
  'announc', 'warn', 'suggest', 'signal', 'indicat', 'acknowledg', 'maintain', 'emphasi', 'stress', 'explain', 'wrote', 'write',
  'cite', 'citing', 'accord', 'reveal', 'assert', 'admit', 'conced', 'predict', 'promis', 'pledg', 'vow', 'urg', 'believ', 'think',
  'thought', 'fear', 'expect', 'dismiss', 'refut', 'disput', 'assur', 'reiterat', 'declar', 'testif', 'contend', 'allege', 'alleging',
  'caution', 'observ', 'comment', 'respond', 'repl', 'recall', 'estimat', 'conclud', 'hint', 'propos', 'demand',
];

/** Cues that refuse the content. */
export const DENIAL_STEMS = ['deni', 'deny', 'reject', 'dismiss', 'refut', 'disput', 'rebuff', 'rebutt'];
/** Cues that only relay ("reported", "according to"): the reporter takes no position. */
export const RELAY_STEMS = ['report', 'accord', 'cite', 'citing'];
/** Cues that hedge what follows ("suggested", "signalled"). */
export const HEDGE_CUE_STEMS = ['suggest', 'signal', 'indicat', 'hint', 'expect', 'predict', 'believ', 'think', 'thought', 'fear', 'estimat'];

function words(cue: string): string[] {
  return cue.toLowerCase().split(/[^a-z’']+/).filter(Boolean);
}

/** True when some word of the cue phrase starts with one of the stems. */
export function cueHas(cue: string, stems: readonly string[]): boolean {
  return words(cue).some((w) => stems.some((s) => w.startsWith(s)));
}

/** A cue that introduces a holder's proposition; "had hoped", "has shown", "agreeing" do not. */
export function isSpeechCue(cue: string): boolean {
  return cueHas(cue, SPEECH_STEMS);
}

/** "are said to", "is reported to": a passive hedge without a holder. */
export function isPassiveHedge(cue: string): boolean {
  return /^(is|are|was|were|been|being)\s+(said|reported|thought|believed|expected|understood)$/i.test(cue.trim());
}
