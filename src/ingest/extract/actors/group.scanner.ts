import type { Sentence } from '../context.js';
import { slug, type PhraseMatch } from '../gazetteer/index.js';
import { COLLECTIVE_NOUNS, GROUP_NOUNS, SINGULAR_COLLECTIVES, STATE_NOUNS } from './actor.lexicon.js';
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

const INDEFINITE = new Set(['a', 'an']);
const GROUP_DETERMINERS = new Set(['the', 'these', 'those', 'both', 'many', 'some', 'most', 'all', 'our', 'their', ...INDEFINITE]);
const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'NUM']);
const NOMINAL_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const MAX_MODIFIERS = 2;

/**
 * Groups named by what they are: "the migrants", "the migrant caravan", "the 23 defendants",
 * "protesters". One group per head noun in the article, named by the first description without
 * its determiner or numbers. Capitalised modifiers are names (demonym groups, organisations): left
 * to the scanners that know them. Such a name tells no group apart from another across articles,
 * so the resolver never merges these groups across articles (actor.evidence.ts); a curator can.
 */
export function scanCollective(scan: ActorScan, s: Sentence, i: number): number | null {
  const first = scan.tok(i)!;
  const determiner = GROUP_DETERMINERS.has(first.lower);
  const prev = i > s.from ? scan.tok(i - 1)! : null;
  if (!determiner && prev && NOMINAL_POS.has(prev.pos) && !GROUP_DETERMINERS.has(prev.lower)) return null;
  const from = determiner ? i + 1 : i;
  for (let h = from; h < s.to && h - from <= MAX_MODIFIERS; h++) {
    const t = scan.tok(h)!;
    // "a caravan" is the group; "a defendant" is one person of it.
    if (COLLECTIVE_NOUNS.has(t.lower) && (!INDEFINITE.has(first.lower) || SINGULAR_COLLECTIVES.has(t.lower))) {
      const next = scan.tok(h + 1);
      if (next && h + 1 < s.to && (next.pos === 'NOUN' || next.pos === 'PROPN')) return null;
      // "the 300 migrants" is the group "migrants": numbers stay in the mention, not in the name.
      const words = [];
      for (let k = from; k <= h; k++) if (scan.tok(k)!.pos !== 'NUM') words.push(scan.tok(k)!.text);
      const name = words.join(' ');
      const key = `group:${t.lower}`;
      scan.registry.ensure(key, name, 'GROUP');
      scan.registry.mention(key, first.lower === 'the' ? first.start : scan.tok(from)!.start, t.end, 'group', s.index);
      return h + 1;
    }
    if (t.cap || !MODIFIER_POS.has(t.pos)) return null;
  }
  return null;
}
