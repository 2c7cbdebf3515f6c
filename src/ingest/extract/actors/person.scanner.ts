import type { Sentence } from '../context.js';
import { endingTitle, isHonorific, isTitleModifier, leadingTitle, slug, startsTitle, titleAt, type PhraseMatch } from '../gazetteer/index.js';
import { LOCATIVES, MEDIA_HEADS, MONTHS, ORG_HEADS, STATE_NOUNS, THING_HEADS } from './actor.lexicon.js';
import { POSSESSIVE, type ActorScan } from './actor.scan.js';

const STOP_APPOSITIVE = new Set(['said', 'says', 'say', 'told', 'tells', 'added', 'noted', 'warned', 'confirmed', 'argued', 'stated', 'insisted', 'who', 'reported']);
const AFFILIATING = ['state', 'demonym', 'organization', 'capital'];
const TIME_PREPOSITIONS = new Set(['in', 'on', 'since', 'until', 'by', 'of', 'last', 'next', 'early', 'late', 'mid', 'from', 'through', 'during', 'before', 'after']);

/** The title that starts at token j ("the president's lawyers" too), with the token after it, or null. */
export function titleFrom(scan: ActorScan, j: number, s: Sentence): { title: string; next: number; end: number } | null {
  const t = scan.tok(j);
  // Most tokens start no title: they skip building the window.
  if (!t || j >= s.to || !startsTitle(t.lower)) return null;
  const window = scan.text.slice(t.start, t.start + 48).replace(/(?<=\p{L})['’]s\b/gu, '  ');
  const title = titleAt(window, 0, t.lower);
  if (!title) return null;
  const end = t.start + title.length;
  let k = j;
  while (k < s.to && scan.tok(k)!.end <= end) k++;
  return scan.tok(k - 1)?.end === end ? { title, next: k, end } : null;
}

/**
 * A titled person: "[Ukraine's | US | White House] [deputy] President|special envoy|press secretary
 * <Name>". The title goes on the person; a state or body before it becomes their affiliation.
 */
export function scanTitledPerson(scan: ActorScan, s: Sentence, i: number): number | null {
  let j = i;
  const prefix = scan.match(i, s);
  if (prefix && AFFILIATING.includes(prefix.entry.kind)) {
    j = prefix.to;
    if (POSSESSIVE.has(scan.tok(j)?.lower ?? '')) j++;
  }
  const titleStart = j;
  while (j < s.to && isTitleModifier(scan.tok(j)!.lower)) j++;
  const found = titleFrom(scan, j, s);
  if (!found) return null;
  // "the British prime minister, Theresa May, said": the name may follow the title after a comma.
  const k = scan.tok(found.next)?.text === ',' && commaName(scan, s, found.next + 1) ? found.next + 1 : found.next;
  const known = scan.match(k, s);
  let nameEnd: number;
  let key: string;
  if (known?.entry.kind === 'person') {
    key = scan.actorFor(known)!;
    nameEnd = known.to;
  } else {
    nameEnd = scan.nameRun(k, s.to, true);
    // A title needs a name after it: "the President said" is not a person's name.
    if (nameEnd === k || (scan.tok(k)!.pos !== 'PROPN' && scan.tok(k)!.pos !== 'X' && nameEnd - k < 2)) return null;
    key = scan.personNames.get(scan.tok(nameEnd - 1)!.lower) && nameEnd - k === 1 ? scan.personNames.get(scan.tok(nameEnd - 1)!.lower)! : scan.person(k, nameEnd);
  }
  const titleText = scan.text.slice(scan.tok(titleStart)!.start, found.end);
  scan.registry.setTitle(key, titleText);
  scan.registry.mention(key, scan.tok(k)!.start, scan.tok(nameEnd - 1)!.end, 'name', s.index);
  // "Japanese Prime Minister" in "Japanese Prime Minister Shinzo Abe" also refers to Abe.
  scan.registry.mention(key, scan.tok(i)!.start, found.end, 'title', s.index);
  if (prefix && titleStart > i) scan.affiliate(key, prefix, titleText, s);
  return scanAppositive(scan, s, nameEnd, key) ?? nameEnd;
}

/**
 * Whether a person's name starts at token k and is set off as an appositive: a known person or a
 * run of two or more capitalised words, then a comma, the sentence end or a verb ("the president,
 * Congress and the courts" is a list, not a name).
 */
function commaName(scan: ActorScan, s: Sentence, k: number): boolean {
  if (k >= s.to) return false;
  const known = scan.match(k, s);
  let end: number;
  if (known?.entry.kind === 'person') end = known.to;
  else if (known) return false;
  else {
    end = scan.nameRun(k, s.to, true);
    // The first word a proper noun, the rest capitalised ("Theresa May": wink reads "May" as a modal).
    if (end - k < 2 || scan.tok(k)!.pos !== 'PROPN' || scan.tokens.slice(k, end).some((t) => !t.cap)) return false;
  }
  const after = scan.tok(end);
  return end >= s.to || !after || after.text === ',' || after.pos === 'VERB' || after.pos === 'AUX';
}

/** ", the deputy foreign ministry spokesman," or ", a spokesman for the Kremlin," after a name. */
export function scanAppositive(scan: ActorScan, s: Sentence, after: number, person: string): number | null {
  if (scan.tok(after)?.text !== ',' || after + 1 >= s.to) return null;
  let j = after + 1;
  if (['the', 'a', 'an'].includes(scan.tok(j)!.lower)) j++;
  const phraseStart = j;
  const bodies: PhraseMatch[] = [];
  while (j < s.to && j - phraseStart < 9) {
    const t = scan.tok(j)!;
    if (t.pos === 'PUNCT' || STOP_APPOSITIVE.has(t.lower) || t.pos === 'VERB' || t.pos === 'AUX') break;
    const m = scan.match(j, s);
    if (m && [...AFFILIATING, 'media'].includes(m.entry.kind)) {
      bodies.push(m);
      j = m.to;
      continue;
    }
    // "Mike Pompeo, Trump's secretary of state pick": the person named inside is mentioned too.
    const other = m?.entry.kind === 'person' ? scan.actorFor(m) : null;
    if (other && other !== person) {
      scan.registry.mention(other, scan.startOf(m!), m!.end, 'name', s.index);
      j = m!.to;
      continue;
    }
    j++;
  }
  if (j === phraseStart) return null;
  const phrase = scan.text.slice(scan.tok(phraseStart)!.start, scan.tok(j - 1)!.end);
  if (!endingTitle(phrase)) {
    const words = phrase.split(/\s+/);
    while (words.length > 1 && isTitleModifier(words[0]!)) words.shift();
    if (!leadingTitle(words.join(' ')) || !/^[\w\s-]+ (for|of|at|to|in) /i.test(phrase)) return null;
  }
  scan.registry.setTitle(person, phrase);
  for (const m of bodies) scan.affiliate(person, m, phrase, s);
  return j;
}

/** Where a capitalised run holds a title ("House Speaker John Boehner"), the name after it. */
function splitAtTitle(scan: ActorScan, from: number, to: number, s: Sentence): { titleEnd: number; nameFrom: number } | null {
  for (let k = from + 1; k < to; k++) {
    const found = titleFrom(scan, k, s);
    if (found && found.next < to) return { titleEnd: found.end, nameFrom: found.next };
  }
  return null;
}

/**
 * A run of capitalised words no gazetteer knows: a person already named ("Moreno"), a new
 * person ("Maria Lopez", "Mr. Obama"), an organisation or outlet by its last word ("Chicago
 * Police Department", "Chicago Tribune"), or a place after "in".
 */
export function scanNamedRun(scan: ActorScan, s: Sentence, i: number): number | null {
  const t = scan.tok(i)!;
  if (!t.cap) return null;
  const honorific = isHonorific(t.lower);
  const from = honorific ? (scan.tok(i + 1)?.text === '.' ? i + 2 : i + 1) : i;
  let to = scan.nameRun(from, s.to, honorific);
  if (to === from) return monthSurname(scan, s, from);
  // "House Ways and Means Committee": an organisation name may hold an "and".
  if (scan.tok(to)?.lower === 'and' && to + 1 < s.to && scan.tok(to + 1)!.cap) {
    const more = scan.nameRun(to + 1, s.to);
    if (more > to + 1 && ORG_HEADS.has(scan.tok(more - 1)!.lower)) to = more;
  }
  // A gazetteer name inside the run ends it: "House Republicans" is "House" + a party.
  for (let k = from + 1; k < to; k++) {
    const kind = scan.match(k, s)?.entry.kind;
    if (kind === 'organization' || kind === 'media') {
      to = k;
      break;
    }
  }
  const first = scan.tok(from)!;
  const end = scan.tok(to - 1)!.end;
  const words = to - from;
  if (words === 1) return singleName(scan, s, i, from, honorific);
  if (s.heading) return to;
  const name = scan.text.slice(first.start, end);
  const lastWord = scan.tok(to - 1)!.lower;
  if (THING_HEADS.has(lastWord)) return to;
  if (MEDIA_HEADS.has(lastWord) || ORG_HEADS.has(lastWord)) {
    const media = MEDIA_HEADS.has(lastWord);
    const key = `${media ? 'media' : 'org'}:${slug(name)}`;
    scan.registry.ensure(key, name, media ? 'MEDIA' : 'ORGANIZATION');
    scan.registry.mention(key, first.start, end, 'name', s.index);
    return to;
  }
  // Sentence-initial capitals are ambiguous: accept only what the tagger calls names.
  const proper = scan.tokens.slice(from, to).every((x, k) => x.pos === 'PROPN' || x.pos === 'X' || !x.cap || (k > 0 && MONTHS.has(x.lower)));
  // "R-Va.", "D-Calif.": party and state tags after a lawmaker's name.
  // A capitalised sentence opener ("Following Trump's visit") is no name: only it is skipped.
  if (!proper && first.pos !== 'PROPN' && first.pos !== 'X') return from + 1;
  if (!proper || words > 4 || /^\p{Lu}-\p{Lu}/u.test(name)) return to;
  const prev = scan.tok(from - 1);
  if (prev && from > s.from && LOCATIVES.has(prev.lower)) {
    scan.places.push({ start: first.start, end, name });
    return to;
  }
  const titled = splitAtTitle(scan, from, to, s);
  const nameFrom = titled?.nameFrom ?? from;
  const key = to - nameFrom === 1 && scan.personNames.has(scan.tok(nameFrom)!.lower) ? scan.personNames.get(scan.tok(nameFrom)!.lower)! : scan.person(nameFrom, to);
  if (titled) scan.registry.setTitle(key, scan.text.slice(first.start, titled.titleEnd));
  scan.registry.mention(key, scan.tok(nameFrom)!.start, end, 'name', s.index);
  return scanAppositive(scan, s, to, key) ?? to;
}

/** A bare "May" after the article named Theresa May: her, unless a day number follows or a time preposition precedes. */
function monthSurname(scan: ActorScan, s: Sentence, at: number): number | null {
  const word = scan.tok(at)!;
  const known = MONTHS.has(word.lower) && word.cap ? scan.personNames.get(word.lower) : undefined;
  const prev = scan.tok(at - 1);
  if (!known || /^\d/.test(scan.tok(at + 1)?.text ?? '') || (prev && at > s.from && TIME_PREPOSITIONS.has(prev.lower))) return null;
  scan.registry.mention(known, word.start, word.end, 'alias', s.index);
  return at + 1;
}

function singleName(scan: ActorScan, s: Sentence, i: number, at: number, honorific: boolean): number {
  const word = scan.tok(at)!;
  const to = at + 1;
  const known = scan.personNames.get(word.lower);
  if (known && !s.heading) {
    scan.registry.mention(known, word.start, word.end, 'alias', s.index);
    const next = scan.tok(to);
    // "the Trump administration": a leader's government is the state.
    if (next && to < s.to && STATE_NOUNS.has(next.lower)) {
      const state = scan.registry.info[known]?.state;
      const stateKey = state ? scan.registry.state(state)?.key : null;
      if (stateKey) scan.registry.mention(stateKey, scan.withArticle(at), next.end, 'alias', s.index);
      return to + 1;
    }
    return scanAppositive(scan, s, to, known) ?? to;
  }
  // "Mr. Obama": an honorific makes a lone surname a person.
  if (honorific && !s.heading) {
    const key = scan.person(at, to);
    scan.registry.mention(key, word.start, word.end, 'name', s.index);
    return scanAppositive(scan, s, to, key) ?? to;
  }
  const prev = scan.tok(i - 1);
  if (prev && i > s.from && LOCATIVES.has(prev.lower) && word.pos === 'PROPN') scan.places.push({ start: word.start, end: word.end, name: word.text });
  return to;
}
