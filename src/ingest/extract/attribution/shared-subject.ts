import type { TokenAttribution } from './rules.js';
import type { Token } from './tokens.js';

/** Words that join a second predicate to the first one's subject: "said ... and warned", ", adding". */
const JOINERS = new Set(['and', 'but', ',', 'also', 'then', 'yet']);

/**
 * "Trump said he would order a review and warned against hackers", "Peabody said: ... , adding
 * that ...": a cue that continues an earlier cue's clause (after "and" / "but", or as an "-ing"
 * participle after a comma) shares that cue's subject. An attribution the tagger left without a
 * source takes the source of the nearest earlier attribution of its sentence whose source is the
 * subject before its cue.
 */
export function withSharedSubjects(tokens: readonly Token[], found: TokenAttribution[], excluded: (a: TokenAttribution) => boolean): void {
  const ordered = [...found].sort((x, y) => x.cue[0] - y.cue[0]);
  ordered.forEach((a, k) => {
    if (a.source.length > 0 || excluded(a)) return;
    const cue = tokens[a.cue[0]]!;
    const before = tokens[a.cue[0] - 1];
    const continues = before !== undefined && (JOINERS.has(before.lower) || (before.text === ',' && cue.lower.endsWith('ing')));
    if (!continues) return;
    const earlier = ordered[k - 1];
    if (!earlier || tokens[earlier.cue[0]]!.sentence !== cue.sentence || earlier.source.length === 0) return;
    const [s] = earlier.source[0]!;
    if (s >= earlier.cue[0]) return;
    a.source = earlier.source.map(([x, y]) => [x, y] as [number, number]);
  });
}
