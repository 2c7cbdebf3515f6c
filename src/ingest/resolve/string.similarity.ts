import { createRequire } from 'node:module';

// talisman is CommonJS; require() gives the same shape under Node and vitest.
const require = createRequire(import.meta.url);
const jaroWinklerFn = unwrap<(a: string, b: string) => number>(require('talisman/metrics/jaro-winkler.js'));
const doubleMetaphoneFn = unwrap<(word: string) => [string, string]>(require('talisman/phonetics/double-metaphone.js'));

// Some talisman modules assign the function to module.exports, others to exports.default.
function unwrap<T>(mod: unknown): T {
  return (typeof mod === 'function' ? mod : (mod as { default: T }).default) as T;
}

/** Jaro-Winkler similarity in [0, 1]. */
export function jaroWinkler(a: string, b: string): number {
  return jaroWinklerFn(a, b);
}

/** Primary and secondary double-metaphone codes of a word. */
export function doubleMetaphone(word: string): [string, string] {
  return doubleMetaphoneFn(word);
}

/** Whether two words sound alike: their double-metaphone codes share a primary or secondary code. */
export function soundsAlike(a: string, b: string): boolean {
  const [a1, a2] = doubleMetaphone(a);
  const [b1, b2] = doubleMetaphone(b);
  return a1 === b1 || a1 === b2 || a2 === b1 || (a2 !== '' && a2 === b2);
}
