/**
 * Name keys for resolution: the same name written differently ("the U.S.", "US", "Zelenskyy's",
 * "Élysée") gets the same key, so exact lookups do most of the work before any fuzzy comparison.
 */

const LEADING_ARTICLE = /^(the|a|an)\s+/;
const POSSESSIVE = /['’]s$/;

/** Lower case, no diacritics, dotted acronyms joined ("U.S." -> "us"), punctuation to spaces. */
export function nameKey(name: string, options: { keepHyphens?: boolean } = {}): string {
  let s = name.normalize('NFKD').replace(/\p{Diacritic}/gu, '').toLowerCase().trim();
  s = s.replace(POSSESSIVE, '');
  // Dotted acronyms: "u.s.", "e.u.", "u.s.a." -> "us", "eu", "usa".
  s = s.replace(/\b((?:\p{L}\.){2,})/gu, (m) => m.replace(/\./g, ''));
  s = s.replace(/[‘’'`]/g, '').replace(options.keepHyphens ? /[^\p{L}\p{N}-]+/gu : /[^\p{L}\p{N}]+/gu, ' ').trim();
  if (options.keepHyphens) s = s.replace(/\s*-\s*/g, '-').replace(/^-+|-+$/g, '');
  s = s.replace(LEADING_ARTICLE, '');
  return s.replace(/\s+/g, ' ');
}

/** Initials of the capitalised words of a name ("Financial Times" -> "ft", "European Union" -> "eu"). */
export function acronymOf(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/^(the|a|an)\s+/i, '')
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w));
  return words.length >= 2 ? words.map((w) => w[0]!.toLowerCase()).join('') : '';
}

/** A name that is itself an acronym ("FT", "NATO", "U.S."): written in capitals, 2-6 letters. */
export function isAcronym(name: string): boolean {
  const bare = name.replace(/^the\s+/i, '').replace(/\./g, '').trim();
  return /^\p{Lu}{2,6}$/u.test(bare);
}

/** A web domain without scheme, "www." and path ("https://www.ft.com/content/x" -> "ft.com"), or null. */
export function domainOf(name: string): string | null {
  const m = /^(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})(?:[/:?#].*)?$/i.exec(name.trim());
  return m ? m[1]!.toLowerCase() : null;
}

/** Readable, deterministic id fragment from a key ("volodymyr zelenskyy" -> "volodymyr-zelenskyy"). */
export function slugOf(key: string): string {
  return key.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}
