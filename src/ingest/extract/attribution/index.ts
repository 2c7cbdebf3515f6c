import type { Span } from '../../../domain/span.js';
import { extractAttributions } from './extract.js';
import type { AttributionSpans } from './types.js';

export type { AttributionSpans } from './types.js';
export { extractAttributions, type AttributionSystem } from './extract.js';

/**
 * Finds who said what in `text`: source, cue and content spans for direct, indirect and mixed
 * quotes, with `via` linking an attribution to the one it is reported through. Spans never overlap
 * an `excluded` range. Never throws: on an internal failure it returns an empty list, because
 * extraction must go on for the rest of the article.
 */
export function findAttributions(text: string, excluded: Span[] = []): AttributionSpans[] {
  try {
    if (typeof text !== 'string' || text.trim() === '') return [];
    const safeExcluded = Array.isArray(excluded) ? excluded.filter((x) => x && Number.isFinite(x.start) && Number.isFinite(x.end)) : [];
    return keepValid(text, extractAttributions(text, safeExcluded), safeExcluded);
  } catch {
    return [];
  }
}

/** Drops attributions with an out-of-range span or one touching an excluded range, re-indexing `via`. */
function keepValid(text: string, found: AttributionSpans[], excluded: readonly Span[]): AttributionSpans[] {
  const ok = (s: Span): boolean =>
    Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end && s.text === text.slice(s.start, s.end) && !excluded.some((x) => s.start < x.end && x.start < s.end);
  const keep = found.map((a) => a.cue.length > 0 && a.content.length > 0 && [...a.source, ...a.cue, ...a.content].every(ok));
  const index = new Map<number, number>();
  found.forEach((_, i) => keep[i] && index.set(i, index.size));
  return found.filter((_, i) => keep[i]).map((a) => ({ ...a, via: a.via === null ? null : (index.get(a.via) ?? null) }));
}
