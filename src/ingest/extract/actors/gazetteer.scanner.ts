import { personInfo } from '../gazetteer/index.js';
import type { Sentence } from '../context.js';
import { LOCATIVES, STATE_NOUNS } from './actor.lexicon.js';
import type { ActorScan } from './actor.scan.js';
import { scanAppositive } from './person.scanner.js';

/**
 * Names the gazetteers know: states and their capitals, organisations, outlets, well-known
 * people and places. A capital after "in" is a place, not its government; "the Trump
 * administration" is the leader's state.
 */
export function scanGazetteerName(scan: ActorScan, s: Sentence, i: number): number | null {
  const m = scan.match(i, s);
  if (!m) return null;
  const prev = scan.tok(i - 1);
  const locative = !!prev && i > s.from && LOCATIVES.has(prev.lower);
  const start = scan.startOf(m);
  const { kind } = m.entry;
  if (kind === 'place' || (kind === 'capital' && locative)) {
    scan.places.push({ start, end: m.end, name: kind === 'place' ? m.entry.name : scan.text.slice(start, m.end) });
    return m.to;
  }
  if (kind === 'demonym') return m.to;
  const next = scan.tok(m.to);
  if (kind === 'person' && next && m.to < s.to && STATE_NOUNS.has(next.lower)) {
    const state = personInfo(m.entry.key)?.state;
    const stateKey = state ? scan.registry.state(state)?.key : null;
    if (stateKey) {
      scan.registry.mention(stateKey, scan.withArticle(i), next.end, 'alias', s.index);
      return m.to + 1;
    }
  }
  // A surname the article already gave to someone else ("Jay Carney", then "Carney").
  const named = kind === 'person' && !m.entry.alias.includes(' ') ? scan.personNames.get(m.entry.alias.toLowerCase()) : undefined;
  const key = named ?? scan.actorFor(m);
  if (!key) return m.to;
  if (kind === 'state' && locative) scan.places.push({ start, end: m.end, name: m.entry.name });
  scan.registry.mention(key, start, m.end, kind === 'capital' ? 'capital' : kind === 'media' ? 'outlet' : 'name', s.index);
  return kind === 'person' ? (scanAppositive(scan, s, m.to, key) ?? m.to) : m.to;
}
