import type { Sentence } from '../context.js';
import { slug, type PhraseMatch } from '../gazetteer/index.js';
import { GROUP_NOUNS, STATE_NOUNS } from './actor.lexicon.js';
import type { ActorScan } from './actor.scan.js';

/**
 * Demonym phrases: "Ukrainian officials" and "Polish and Lithuanian diplomats" are groups
 * affiliated with their states; "the Ukrainian government" is the state itself.
 */
export function scanGroup(scan: ActorScan, s: Sentence, i: number): number | null {
  const first = scan.match(i, s);
  if (!first || (first.entry.kind !== 'demonym' && first.entry.kind !== 'state')) return null;
  const parts: PhraseMatch[] = [first];
  let j = first.to;
  while (j + 1 < s.to && [',', 'and', 'or'].includes(scan.tok(j)!.lower)) {
    const more = scan.match(j + 1, s);
    if (!more || more.entry.kind !== 'demonym') break;
    parts.push(more);
    j = more.to;
  }
  const noun = scan.tok(j);
  if (!noun || j >= s.to) return null;
  if (STATE_NOUNS.has(noun.lower) && parts.length === 1) {
    const key = scan.actorFor(first);
    if (!key) return null;
    scan.registry.mention(key, scan.withArticle(i), noun.end, 'alias', s.index);
    return j + 1;
  }
  // "US officials" is a group; "Ukraine officials" is not how English names one.
  if (!GROUP_NOUNS.has(noun.lower) || parts.some((p) => p.entry.kind === 'state' && p.entry.alias.length > 3)) return null;
  const name = scan.text.slice(scan.tok(i)!.start, noun.end);
  const key = `group:${slug(name)}`;
  scan.registry.ensure(key, name, 'GROUP');
  scan.registry.mention(key, scan.withArticle(i), noun.end, 'group', s.index);
  for (const p of parts) {
    const target = scan.actorFor(p);
    if (target) scan.registry.relate(key, target, 'AFFILIATED_WITH', null);
  }
  return j + 1;
}
