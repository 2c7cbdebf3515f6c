import type { Span } from '../../../domain/span.js';

/** Who said what in one text: character spans for each role, as PolNeAR annotates them. */
export interface AttributionSpans {
  source: Span[];
  cue: Span[];
  content: Span[];
  kind: 'DIRECT' | 'INDIRECT' | 'MIXED';
  /** Index into the returned array of the attribution this one is reported through ("X reported, citing Y"). */
  via: number | null;
}
