import titleData from '../../../data/titles.json' with { type: 'json' };
import { nameKey } from './name.normalize.js';
import { jaroWinkler, soundsAlike } from './string.similarity.js';

/** A person's name without titles: given names and surname, as name keys. */
export interface PersonName {
  given: string[];
  surname: string;
}

const TITLE_WORDS = new Set(
  [...titleData.titles, ...titleData.modifiers, ...titleData.honorifics, 'us', 'u s', 'former']
    .flatMap((t) => t.toLowerCase().replace(/\./g, '').split(/[\s-]+/))
    .filter((w) => w.length > 0),
);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'v']);
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'da', 'dos', 'du', 'di', 'la', 'le', 'bin', 'ibn', 'al', 'el']);

/** Splits "President Volodymyr Zelenskyy" into given ["volodymyr"] and surname "zelenskyy"; null when nothing is left. */
export function parsePersonName(name: string): PersonName | null {
  // Hyphens stay: "Moon Jae-in" has the surname-position word "jae-in", not "in".
  const key = nameKey(name, { keepHyphens: true });
  const words = key ? key.split(' ') : [];
  let i = 0;
  // Titles only lead: "President Trump", "Mr. Abe"; a surname that is also a title word ("Speaker") stays.
  while (i < words.length - 1 && TITLE_WORDS.has(words[i]!.replace(/-/g, ' ').split(' ')[0]!) && !words[i]!.includes('-')) i++;
  const rest = words.slice(i);
  // Generational suffixes are not the surname: "Robert S. Mueller III".
  while (rest.length > 1 && SUFFIXES.has(rest[rest.length - 1]!)) rest.pop();
  if (rest.length === 0) return null;
  // Surname particles belong to the surname: "von der leyen".
  let s = rest.length - 1;
  while (s > 0 && PARTICLES.has(rest[s - 1]!)) s--;
  return { given: rest.slice(0, s), surname: rest.slice(s).join(' ') };
}

export interface NameComparison {
  /** 1 for the same spelling; the Jaro-Winkler similarity for variants. */
  similarity: number;
  variant: boolean;
}

/** The whole name without spaces and hyphens: "Kim Jong-un" and "Kim Jong Un" agree. */
export function compactName(person: PersonName): string {
  return [...person.given, person.surname].join('').replace(/[\s-]/g, '');
}

/** Whether two surnames are the same or a spelling/transliteration variant ("zelenskiy" ~ "zelenskyy"). */
export function compareSurnames(a: string, b: string): NameComparison | null {
  if (a === b) return { similarity: 1, variant: false };
  const compactA = a.replace(/[\s-]/g, '');
  const compactB = b.replace(/[\s-]/g, '');
  if (compactA === compactB) return { similarity: 1, variant: true };
  if (Math.min(compactA.length, compactB.length) < 4) return null;
  const jw = jaroWinkler(compactA, compactB);
  // Sound-alike names need less string similarity than names that merely look alike.
  if (jw >= 0.9 && soundsAlike(compactA, compactB)) return { similarity: jw, variant: true };
  if (jw >= 0.95) return { similarity: jw, variant: true };
  return null;
}

/** Whether given names agree: one side missing, an initial of the other, the same, or a close variant. */
export function givenNamesAgree(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  const x = a[0]!;
  const y = b[0]!;
  if (x === y) return true;
  if (x.length === 1 || y.length === 1) return x[0] === y[0];
  return jaroWinkler(x, y) >= 0.88 && soundsAlike(x, y);
}
