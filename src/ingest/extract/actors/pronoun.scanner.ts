import { spanOf } from '../../../domain/span.js';
import type { Sentence } from '../context.js';
import { PERSON_PRONOUNS, PLURAL_PRONOUNS, THING_PRONOUNS } from './actor.lexicon.js';
import type { ActorScan } from './actor.scan.js';

const BE = new Set(['is', 'was', "'s", '’s', 'are', 'were', 'be', 'been', 'seems', 'seemed', 'appears', 'appeared', 'remains', 'remained']);
const EXPLETIVE_NEXT = new Set(['that', 'to', 'time', 'clear', 'unclear', 'possible', 'likely', 'a', 'an', 'not']);
const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her']);

type Kind = 'person' | 'thing' | 'plural';

/** "it was increasingly unclear whether", "it is likely that": no referent. */
function expletive(scan: ActorScan, i: number, s: Sentence): boolean {
  const next = scan.tok(i + 1);
  if (!next || i + 1 >= s.to) return true;
  if (['seems', 'appears', 'remains', 'emerged'].includes(next.lower)) return true;
  if (!BE.has(next.lower)) return false;
  let j = i + 2;
  while (j < s.to && scan.tok(j)!.pos === 'ADV') j++;
  const after = scan.tok(j);
  return !after || after.pos === 'ADJ' || EXPLETIVE_NEXT.has(after.lower);
}

/** The last actor of a compatible kind mentioned in this or the previous sentence. */
function antecedent(scan: ActorScan, kind: Kind, s: Sentence): string | null {
  const mentions = scan.registry.mentions;
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.sentence < s.index - 1) break;
    if (m.kind === 'pronoun') continue;
    const actor = scan.registry.get(m.actor);
    if (!actor) continue;
    if (kind === 'person' && actor.type === 'PERSON') return actor.key;
    if (kind === 'thing' && (actor.type === 'STATE' || actor.type === 'ORGANIZATION' || actor.type === 'MEDIA')) return actor.key;
    if (kind === 'plural' && (actor.type === 'GROUP' || (actor.type === 'ANONYMOUS_SOURCE' && actor.count !== 1))) return actor.key;
  }
  return null;
}

/**
 * Pronouns with a clear antecedent (the last person for he/she, the last state or body for
 * it, the last group for they). Pronouns inside quotation marks are the speaker's words and
 * stay unresolved.
 */
export function scanPronoun(scan: ActorScan, s: Sentence, i: number): number | null {
  const t = scan.tok(i)!;
  const kind: Kind | null = PERSON_PRONOUNS.has(t.lower) ? 'person' : THING_PRONOUNS.has(t.lower) ? 'thing' : PLURAL_PRONOUNS.has(t.lower) ? 'plural' : null;
  if (!kind || t.pos === 'PROPN' || scan.isQuoted(t.start)) return null;
  if (t.lower === 'it' && expletive(scan, i, s)) return i + 1;
  const key = antecedent(scan, kind, s);
  if (key) scan.registry.mention(key, t.start, t.end, 'pronoun', s.index);
  else if (!POSSESSIVE_PRONOUNS.has(t.lower)) {
    scan.diagnostics.push({ level: 'info', code: 'UNRESOLVED_PRONOUN', message: `no clear antecedent for "${t.text}"`, span: spanOf(scan.text, t.start, t.end) });
  }
  return i + 1;
}
