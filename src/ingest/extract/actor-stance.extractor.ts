import type { ExtractedStance, Polarity } from '../../domain/extraction.js';
import { spanOf } from '../../domain/span.js';
import type { ExtractionState, Mention, StageExtractor } from './context.js';

/** Verbs by which one actor acts on or speaks of another, with the position they show. */
const ACTOR_VERBS: Array<[RegExp, Polarity]> = [
  [/^(criticiz|criticis|blast|slam|condemn|attack|accus|blam|denounc|rebuk|lambast|berat|chastis|castigat|scold|mock|ridicul|insult|sanction|threaten|pressur|strong-arm|bull|coerc|force|pressure|undermin|betray)/, 'OPPOSE'],
  [/^(prais|welcom|thank|commend|applaud|hail|laud|back|endors|support|defend|congratulat|reassur|embrac)/, 'SUPPORT'],
];
/** "described X as an effort to strong-arm ...": a negative framing of X. */
const NEGATIVE_FRAMES = /^(an? )?(effort|attempt|bid|move|ploy|scheme)? ?(to )?(strong-arm|pressure|coerce|blackmail|bully|force|undermine|betray|sabotage)|^(an? )?(betrayal|blackmail|capitulation|aggression|provocation|disgrace|mistake|failure)/i;

function polarityOfVerb(word: string): Polarity | null {
  const w = word.toLowerCase();
  for (const [re, polarity] of ACTOR_VERBS) if (re.test(w)) return polarity;
  return null;
}

/**
 * Actor-to-actor stances: "A criticized B", "A praised B", "an effort to strong-arm B" (the
 * agent is the nearest actor before the verb), and "A described B's stance as an effort to ...".
 */
export const actorStanceExtractor: StageExtractor = {
  name: 'actor-stances',
  run(state: Readonly<ExtractionState>): Partial<ExtractionState> {
    const { text, tokens } = state;
    const stances: ExtractedStance[] = [];
    const outlet = state.actors.find((a) => a.type === 'MEDIA' && state.actorInfo[a.key]?.head === 'outlet')?.key ?? null;
    const seen = new Set(state.stances.map((s) => `${s.actor}|${s.target.kind === 'ACTOR' ? s.target.actor : ''}`));
    const add = (actor: string, target: string, polarity: Polarity, cue: { start: number; end: number }, evidence: { start: number; end: number }, confidence: number): void => {
      const id = `${actor}|${target}`;
      if (actor === target || seen.has(id)) return;
      seen.add(id);
      stances.push({
        key: `stance:${state.stances.length + stances.length + 1}`, actor, target: { kind: 'ACTOR', actor: target }, polarity,
        cue: spanOf(text, cue.start, cue.end), evidence: spanOf(text, evidence.start, evidence.end), quote: null, confidence, modality: 'ASSERTED',
        condition: null, chain: outlet && outlet !== actor ? [outlet, actor] : [actor],
      });
    };
    const bySentence = new Map<number, Mention[]>();
    for (const m of state.mentions) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
    for (const s of state.sentences) {
      if (s.heading) continue;
      const mentions = bySentence.get(s.index) ?? [];
      if (mentions.length < 2) continue;
      for (let i = s.from; i < s.to; i++) {
        const t = tokens[i]!;
        if (t.pos !== 'VERB' && t.pos !== 'NOUN' && !t.text.includes('-')) continue;
        // Hyphenated verbs come as three tokens ("strong", "-", "arm").
        let word = t.text;
        let end = t.end;
        if (tokens[i + 1]?.text === '-' && tokens[i + 2] && tokens[i + 1]!.start === t.end) {
          word = text.slice(t.start, tokens[i + 2]!.end);
          end = tokens[i + 2]!.end;
        }
        if (t.lower === 'described' || t.lower === 'describes' || t.lower === 'called' || t.lower === 'branded') {
          const asAt = text.indexOf(' as ', end);
          const object = mentions.find((m) => m.start >= end && m.start < asAt);
          const holder = [...mentions].reverse().find((m) => m.end <= t.start);
          if (asAt > 0 && asAt < s.end && object && holder && NEGATIVE_FRAMES.test(text.slice(asAt + 4, s.end))) {
            add(holder.actor, object.actor, 'OPPOSE', { start: t.start, end: asAt + 3 }, s, 0.6);
          }
          continue;
        }
        const polarity = polarityOfVerb(word);
        // A verb inside a claim is part of what someone says, not the narrator's account.
        if (!polarity || state.claims.some((c) => c.span.start <= t.start && t.end <= c.span.end)) continue;
        const agent = [...mentions].reverse().find((m) => m.end <= t.start);
        // The target is the verb's object: the next words, at most behind an article ("criticized the Kremlin").
        const target = mentions.find((m) => m.start >= end && /^\s*((the|its|his|her|their|a|an)\s+)?$/i.test(text.slice(end, m.start)));
        if (agent && target) add(agent.actor, target.actor, polarity, { start: t.start, end }, s, 0.55);
      }
    }
    return { stances: [...state.stances, ...stances] };
  },
};
