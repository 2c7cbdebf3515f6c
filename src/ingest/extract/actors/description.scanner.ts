import { spanOf } from '../../../domain/span.js';
import type { ExtractedActor } from '../../../domain/extraction.js';
import type { Sentence } from '../context.js';
import { isHonorific, isTitleModifier, type PhraseMatch } from '../gazetteer/index.js';
import { HEAD_TITLES } from './actor.lexicon.js';
import { POSSESSIVE, type ActorScan } from './actor.scan.js';
import { titleFrom } from './person.scanner.js';

/** Words before a government noun ("his administration") and before a role ("our president"). */
const GOVERNMENT_DETERMINERS = new Set(['the', 'this', 'that', 'his', 'her', 'its', 'their', 'our']);
const ROLE_DETERMINERS = new Set(['the', 'this', 'that', 'our']);
/** Words after which "the administration" is the leader's state. */
const GOVERNMENT_NOUNS = new Set(['administration', 'government']);
const STATE_KINDS = new Set(['state', 'demonym', 'capital']);

/** The state code a gazetteer match points to ("Israeli" -> ISR), or null for organisations. */
function stateOf(m: PhraseMatch | null): string | null {
  return m && STATE_KINDS.has(m.entry.kind) && m.entry.key.startsWith('state:') ? m.entry.key.slice(6) : null;
}

/** The state a person acts for in this article: their curated state, else an AFFILIATED_WITH relation. */
function personState(scan: ActorScan, key: string): string | null {
  const own = scan.registry.info[key]?.state;
  if (own) return own;
  const rel = scan.registry.relations.find((r) => r.from === key && r.type === 'AFFILIATED_WITH' && r.to.startsWith('state:'));
  return rel ? rel.to.slice(6) : null;
}

/** Whether a person's title makes them a holder of `title` ("leader" is any head of state or government). */
function holds(actor: ExtractedActor, title: string): boolean {
  const own = actor.title?.toLowerCase().replace(/^the /, '');
  if (!own) return false;
  if (own === title) return true;
  // "deputy prime minister" and "vice president" do not hold the title they end with.
  const before = own.endsWith(` ${title}`) ? own.slice(0, -title.length - 1).split(' ').pop()! : null;
  if (before && !isTitleModifier(before)) return true;
  return title === 'leader' && HEAD_TITLES.has(own.split(' ').filter((w) => !isTitleModifier(w)).join(' '));
}

/**
 * The article's actors that pass `test`, most mentioned so far first (the salience that picks among
 * several candidates for one description). The registry records every mention on its actor, so
 * this reads lengths, not every mention per description.
 */
function byMentions(scan: ActorScan, test: (a: ExtractedActor) => boolean): { actor: ExtractedActor; mentions: number }[] {
  return [...scan.registry.actors.values()]
    .filter(test)
    .map((actor) => ({ actor, mentions: actor.mentions.length }))
    .sort((a, b) => b.mentions - a.mentions);
}

/**
 * The person of this article who holds `title` (of `state`, when the description names one):
 * the only holder, or the most mentioned; null when nobody holds it or two holders tie.
 */
function holderOf(scan: ActorScan, title: string, state: string | null): { key: string; why: string } | null {
  const holders = byMentions(scan, (a) => a.type === 'PERSON' && !a.title?.toLowerCase().startsWith('former') && holds(a, title) && (!state || personState(scan, a.key) === state));
  const [best, next] = holders;
  if (!best || (next && next.mentions === best.mentions)) return null;
  const of = state ? ` of ${state}` : '';
  return { key: best.actor.key, why: holders.length === 1 ? `the only ${title}${of} named in the article` : `the most mentioned ${title}${of} (${best.mentions} mentions against ${next!.mentions})` };
}

function note(scan: ActorScan, start: number, end: number, key: string, why: string): void {
  const name = scan.registry.get(key)?.name ?? key;
  scan.diagnostics.push({ level: 'info', code: 'DESCRIPTION_RESOLVED', message: `"${scan.text.slice(start, end)}" is ${name}: ${why}`, span: spanOf(scan.text, start, end) });
}

/** "the administration", "his government": the state of the article's most mentioned head of state or government. */
function government(scan: ActorScan, s: Sentence, i: number): number | null {
  const noun = scan.tok(i + 1);
  if (!noun || i + 1 >= s.to || !GOVERNMENT_NOUNS.has(noun.lower) || scan.tok(i + 2)?.lower === 'of') return null;
  if (noun.lower === 'government' && scan.tok(i)!.lower !== 'the') return null;
  const head = holderOf(scan, 'leader', null);
  const state = head ? personState(scan, head.key) : null;
  const key = state ? scan.registry.state(state)?.key : null;
  if (!head || !key) return null;
  const start = scan.tok(i)!.start;
  scan.registry.mention(key, start, noun.end, 'title', s.index);
  note(scan, start, noun.end, key, `the state of ${scan.registry.get(head.key)!.name}, ${head.why.replace(/^the /, '')}`);
  return i + 2;
}

/**
 * Descriptions of a person by role, without their name: "the president", "Mr. President", "the
 * Israeli leader", "North Korean leader", "Japan's prime minister", "the president of France".
 * They refer to the person this article already gave that title (of that state); with several,
 * to the most mentioned one. Nothing is created: a role nobody holds yet stays unresolved.
 */
function roleDescription(scan: ActorScan, s: Sentence, i: number): number | null {
  const first = scan.tok(i)!;
  let j = i;
  if (ROLE_DETERMINERS.has(first.lower) || isHonorific(first.lower)) j = scan.tok(i + 1)?.text === '.' ? i + 2 : i + 1;
  const prefix = j < s.to ? scan.match(j, s) : null;
  let state = stateOf(prefix);
  if (prefix && state) {
    j = prefix.to;
    if (POSSESSIVE.has(scan.tok(j)?.lower ?? '')) j++;
  } else if (j === i) return null;
  while (j < s.to && isTitleModifier(scan.tok(j)!.lower) && scan.tok(j)!.lower !== 'former') j++;
  const found = titleFrom(scan, j, s);
  if (!found) return null;
  const { title, next: k } = found;
  const next = scan.tok(k);
  // "President Macron" is a titled name, handled before; "the president of France" names the state.
  if (next && k < s.to && next.cap && next.pos === 'PROPN') return null;
  let stop = k;
  if (!state && next?.lower === 'of' && k + 1 < s.to) {
    const of = scan.match(scan.tok(k + 1)!.lower === 'the' ? k + 2 : k + 1, s);
    state = stateOf(of);
    if (state && of) stop = of.to;
  }
  const holder = holderOf(scan, title, state);
  if (!holder) return null;
  const start = first.start;
  const stopAt = scan.tok(stop - 1)!.end;
  scan.registry.mention(holder.key, start, stopAt, 'title', s.index);
  note(scan, start, stopAt, holder.key, holder.why);
  return stop;
}

/** "the Russians", "Iranians": a plural demonym standing for its state. */
function pluralDemonym(scan: ActorScan, s: Sentence, i: number): number | null {
  const t = scan.tok(i)!;
  const at = t.lower === 'the' && i + 1 < s.to ? i + 1 : i;
  const word = scan.tok(at)!;
  if (!word.cap || !/s$/.test(word.text) || word.text.length < 5) return null;
  const singular = word.text.slice(0, -1);
  const m = scan.gaz.matchAt(singular, [{ ...word, start: 0, end: singular.length, text: singular, lower: singular.toLowerCase() }], 0);
  if (!m || m.entry.kind !== 'demonym' || m.end !== singular.length || !m.entry.key.startsWith('state:')) return null;
  // "Russians hackers" is not English, but "Americans' views" is still the people: only a bare plural counts.
  const next = scan.tok(at + 1);
  if (next && at + 1 < s.to && (next.cap || POSSESSIVE.has(next.lower))) return null;
  const key = scan.registry.state(m.entry.key.slice(6))?.key;
  if (!key) return null;
  scan.registry.mention(key, t.start, word.end, 'alias', s.index);
  return at + 1;
}

/** "the North", "the South": the one state the article named whose name starts so ("North Korea"). */
function compassState(scan: ActorScan, s: Sentence, i: number): number | null {
  const word = scan.tok(i + 1);
  if (scan.tok(i)!.lower !== 'the' || !word || i + 1 >= s.to || !/^(North|South)$/.test(word.text)) return null;
  // "the North Atlantic", "the South China Sea": a longer name, not a state.
  const next = scan.tok(i + 2);
  if (next && i + 2 < s.to && next.cap) return null;
  const states = [...scan.registry.actors.values()].filter((a) => a.type === 'STATE' && a.mentions.length > 0 && a.name.startsWith(`${word.text} `));
  if (states.length !== 1) return null;
  const start = scan.tok(i)!.start;
  scan.registry.mention(states[0]!.key, start, word.end, 'alias', s.index);
  note(scan, start, word.end, states[0]!.key, `the only state named "${word.text} ..." in the article so far`);
  return i + 2;
}

/**
 * Definite descriptions that point to an actor the article already has: a role ("the
 * president", "the Israeli leader"), a government ("the administration"), a people ("the
 * Russians") or a state by its compass word ("the North" for North Korea). Each resolution is logged as a DESCRIPTION_RESOLVED diagnostic with its reason.
 */
export function scanDescription(scan: ActorScan, s: Sentence, i: number): number | null {
  const t = scan.tok(i)!;
  if (GOVERNMENT_DETERMINERS.has(t.lower)) {
    const gov = government(scan, s, i);
    if (gov !== null) return gov;
  }
  return roleDescription(scan, s, i) ?? pluralDemonym(scan, s, i) ?? compassState(scan, s, i) ?? pairDescription(scan, s, i) ?? theCountry(scan, s, i) ?? organizationByHead(scan, s, i);
}

/** The article's states already mentioned, most mentioned first. */
function rankedStates(scan: ActorScan): { actor: ExtractedActor; mentions: number }[] {
  return byMentions(scan, (a) => a.type === 'STATE' && a.mentions.length > 0);
}

/** "the country", "our nation": the article's most mentioned state, when one leads. */
function theCountry(scan: ActorScan, s: Sentence, i: number): number | null {
  const noun = scan.tok(i + 1);
  if (!COUNTRY_DETERMINERS.has(scan.tok(i)!.lower) || !noun || i + 1 >= s.to || !/^(country|nation)$/.test(noun.lower) || scan.tok(i + 2)?.lower === 'of') return null;
  const [a, b] = rankedStates(scan);
  if (!a || (b && b.mentions === a.mentions)) return null;
  const start = scan.tok(i)!.start;
  scan.registry.mention(a.actor.key, start, noun.end, 'alias', s.index);
  note(scan, start, noun.end, a.actor.key, `the most mentioned state of the article (${a.mentions} mentions${b ? ` against ${b.mentions}` : ''})`);
  return i + 2;
}

const COUNTRY_DETERMINERS = new Set(['the', 'our', 'this']);
const PAIR_STATE_NOUNS = new Set(['countries', 'nations', 'governments', 'states']);
const PAIR_PERSON_NOUNS = new Set(['leaders', 'presidents', 'heads']);

/**
 * "the two countries", "both nations", "our two nations", "the two leaders": a group of the two
 * most mentioned states (or heads of state or government) of the article, when two stand out
 * (the second strictly ahead of the third). The group is affiliated with both.
 */
function pairDescription(scan: ActorScan, s: Sentence, i: number): number | null {
  const first = scan.tok(i)!;
  let j = i;
  if (GOVERNMENT_DETERMINERS.has(first.lower)) j++;
  if (scan.tok(j)?.lower === 'two' || (j === i && first.lower === 'both')) j++;
  else return null;
  const noun = scan.tok(j);
  if (!noun || j >= s.to || j - i > 2) return null;
  const persons = PAIR_PERSON_NOUNS.has(noun.lower);
  if (!persons && !PAIR_STATE_NOUNS.has(noun.lower)) return null;
  const ranked = persons ? byMentions(scan, (a) => a.type === 'PERSON' && holds(a, 'leader')) : rankedStates(scan);
  const [a, b, c] = ranked;
  if (!a || !b || (c && c.mentions === b.mentions)) return null;
  const pair = [a.actor, b.actor].sort((x, y) => x.key.localeCompare(y.key));
  const key = `group:pair:${pair.map((x) => x.key).join('+')}`;
  scan.registry.ensure(key, `${pair[0]!.name} and ${pair[1]!.name}`, 'GROUP');
  for (const member of pair) scan.registry.relate(key, member.key, 'AFFILIATED_WITH', null);
  scan.registry.mention(key, first.start, noun.end, 'group', s.index);
  note(scan, first.start, noun.end, key, `the two most mentioned ${persons ? 'leaders' : 'states'} of the article (${a.mentions} and ${b.mentions} mentions${c ? `, next ${c.mentions}` : ''})`);
  return j + 1;
}

/**
 * "the committee", "the party", "the agency": an organisation the article already named by a
 * longer name ending in that noun ("the Democratic National Committee"); the most mentioned one
 * when several end so, none when two tie. "The committee chairman" and "the party of ..." are not it.
 */
function organizationByHead(scan: ActorScan, s: Sentence, i: number): number | null {
  const noun = scan.tok(i + 1);
  if (scan.tok(i)!.lower !== 'the' || !noun || i + 1 >= s.to || noun.pos !== 'NOUN') return null;
  const next = scan.tok(i + 2);
  if (next && i + 2 < s.to && (next.lower === 'of' || next.pos === 'NOUN' || next.pos === 'PROPN')) return null;
  const [a, b] = byMentions(scan, (x) => x.type === 'ORGANIZATION' && x.mentions.length > 0 && endsWithWord(x.name, noun.lower));
  if (!a || (b && b.mentions === a.mentions)) return null;
  const start = scan.tok(i)!.start;
  scan.registry.mention(a.actor.key, start, noun.end, 'alias', s.index);
  note(scan, start, noun.end, a.actor.key, `the ${b ? 'most mentioned' : 'only'} organisation of the article named "... ${noun.text}"`);
  return i + 2;
}

function endsWithWord(name: string, word: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  return words.length > 1 && words[words.length - 1] === word;
}
