import type { Sentence } from '../context.js';
import type { PhraseMatch } from '../gazetteer/index.js';
import { ANON_MODIFIERS, ANON_QUALIFIERS, ANON_STRONG_NOUNS, ANON_WEAK_NOUNS, NUMBER_WORDS, VAGUE_QUANTIFIERS } from './actor.lexicon.js';
import type { ActorScan } from './actor.scan.js';

const STOP_QUALIFIER = new Set(['said', 'says', 'say', 'told', 'tells', 'added', 'noted', 'warned', 'confirmed', 'argued', 'stated', 'insisted', 'who', 'reported']);
const SUBSET = new Set(['some', 'most', 'several', 'all', 'none', 'both']);
const SINGULAR = new Set(['a', 'an', 'one', 'another']);

const isCount = (w: string): boolean => NUMBER_WORDS.has(w) || /^\d+$/.test(w);

/** The latest anonymous source (plural ones only, or with this noun). */
function lastAnonymous(scan: ActorScan, plural: boolean, head?: string): string | null {
  const mentions = scan.registry.mentions;
  for (let k = mentions.length - 1; k >= 0; k--) {
    const actor = scan.registry.get(mentions[k]!.actor);
    if (actor?.type !== 'ANONYMOUS_SOURCE') continue;
    if (plural && actor.count === 1) continue;
    if (head && scan.registry.info[actor.key]?.head !== head) continue;
    return actor.key;
  }
  return null;
}

/** "two of the sources": a part of a group of sources already introduced. */
function subset(scan: ActorScan, s: Sentence, i: number): number | null {
  const t = scan.tok(i)!;
  if (!(isCount(t.lower) || SUBSET.has(t.lower)) || scan.tok(i + 1)?.lower !== 'of' || !['the', 'those', 'these'].includes(scan.tok(i + 2)?.lower ?? '')) return null;
  const noun = scan.tok(i + 3);
  if (!noun || i + 3 >= s.to || !(ANON_STRONG_NOUNS.has(noun.lower) || ANON_WEAK_NOUNS.has(noun.lower))) return null;
  const previous = lastAnonymous(scan, true);
  if (!previous) return null;
  scan.registry.mention(previous, t.start, noun.end, 'anonymous', s.index);
  return i + 4;
}

/** "the official said": the unnamed source met before. */
function definite(scan: ActorScan, s: Sentence, i: number): number | null {
  if (scan.tok(i)!.lower !== 'the' || i + 1 >= s.to) return null;
  const noun = scan.tok(i + 1)!;
  const after = scan.tok(i + 2);
  if (!ANON_STRONG_NOUNS.has(noun.lower) || noun.lower.endsWith('s') || (after && i + 2 < s.to && (after.cap || after.lower === 'of'))) return null;
  const previous = lastAnonymous(scan, false, noun.lower);
  if (!previous) return null;
  scan.registry.mention(previous, scan.tok(i)!.start, noun.end, 'anonymous', s.index);
  return i + 2;
}

/**
 * Anonymous sources: "eight people familiar with the talks", "a senior Egyptian official",
 * "another person close to the president", and later references to them ("the official",
 * "two of the sources"). People need a qualifier; officials, sources and diplomats do not.
 */
export function scanAnonymous(scan: ActorScan, s: Sentence, i: number): number | null {
  const later = subset(scan, s, i) ?? definite(scan, s, i);
  if (later !== null) return later;
  const t = scan.tok(i)!;
  if (!isCount(t.lower) && !VAGUE_QUANTIFIERS.has(t.lower)) return null;
  let j = i + 1;
  const affiliations: PhraseMatch[] = [];
  while (j < s.to && j - i <= 5) {
    const m = scan.match(j, s);
    if (m && ['state', 'demonym', 'organization', 'capital'].includes(m.entry.kind)) {
      affiliations.push(m);
      j = m.to;
    } else if (ANON_MODIFIERS.has(scan.tok(j)!.lower) || (scan.tok(j)!.lower === 'and' && affiliations.length > 0)) j++;
    else break;
  }
  const noun = scan.tok(j);
  if (!noun || j >= s.to) return null;
  const strong = ANON_STRONG_NOUNS.has(noun.lower);
  if (!strong && !ANON_WEAK_NOUNS.has(noun.lower)) return null;
  if (SINGULAR.has(t.lower) && noun.lower.endsWith('s') && noun.lower !== 'sources') return null;
  let end = j + 1;
  const rest = scan.text.slice(noun.end, scan.tok(s.to - 1)!.end).toLowerCase();
  const qualifier = ANON_QUALIFIERS.find((q) => rest.startsWith(` ${q}`));
  if (qualifier) {
    const stopAt = noun.end + 1 + qualifier.length;
    while (end < s.to && scan.tok(end)!.start < stopAt) end++;
    // The qualifier's object runs to punctuation or a verb: "familiar with the US position said".
    while (end < s.to && end - j < 14) {
      const w = scan.tok(end)!;
      if (w.pos === 'PUNCT' || STOP_QUALIFIER.has(w.lower) || w.pos === 'VERB' || w.pos === 'AUX') break;
      end++;
    }
  } else if (!strong) {
    return null;
  }
  const start = t.start;
  const stop = scan.tok(end - 1)!.end;
  const key = `anon:${++scan.anonCount}`;
  const actor = scan.registry.ensure(key, scan.text.slice(start, stop), 'ANONYMOUS_SOURCE', { head: noun.lower.replace(/s$/, '') });
  actor.count = /^\d+$/.test(t.lower) ? Number(t.lower) : (NUMBER_WORDS.get(t.lower) ?? null);
  scan.registry.mention(key, start, stop, 'anonymous', s.index);
  for (const m of affiliations) scan.affiliate(key, m, null, s);
  return end;
}
