import type { Attribution, Diagnostic, ExtractedActor } from '../../domain/extraction.js';
import type { Span } from '../../domain/span.js';
import { findAttributions } from './attribution/index.js';
import { addCiting, clean, nest } from './attribution.drafts.js';
import type { ExtractionState, Mention, StageExtractor } from './context.js';
import { slug } from './gazetteer/index.js';
import { LONG_RUN } from './sentence.extractor.js';

const SOURCE_PREFERENCE: Record<string, number> = { ANONYMOUS_SOURCE: 0, PERSON: 1, GROUP: 2, MEDIA: 3, ORGANIZATION: 4, STATE: 5 };

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

/** Longer than any sentence a reporter writes: such a "sentence" is a table, a list or junk. */
const MAX_SENTENCE = 1_500;

/**
 * The text the attribution finder reads: overlong sentences and space-less runs are blanked
 * (same length, so its offsets still index the article text), because the finder's cost grows
 * faster than their length. Every span is rebuilt from the real text afterwards.
 */
function finderInput(state: Readonly<ExtractionState>): { finderText: string; skipped: number } {
  let finderText = state.text.replace(LONG_RUN, (run) => ' '.repeat(run.length));
  let skipped = 0;
  for (const s of state.sentences) {
    if (s.end - s.start <= MAX_SENTENCE) continue;
    finderText = finderText.slice(0, s.start) + ' '.repeat(s.end - s.start) + finderText.slice(s.end);
    skipped++;
  }
  return { finderText, skipped };
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
    const { finderText, skipped } = finderInput(state);
    const found = findAttributions(finderText, state.article.excluded);
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
    if (skipped) diagnostics.push({ level: 'warning', code: 'LONG_SENTENCE_SKIPPED', message: `${skipped} sentences over ${MAX_SENTENCE} characters not read for attributions` });
    return {
      attributions,
      actors: newActors.length ? [...state.actors, ...newActors] : state.actors,
      mentions: newActors.length ? mentions.sort((a, b) => a.start - b.start) : state.mentions,
      diagnostics,
    };
  },
};

