import type { Sentence } from '../context.js';
import type { ActorScan } from './actor.scan.js';
import { NAME_STOP } from './actor.lexicon.js';

/**
 * Mentions of people made before the article names them in full. News puts the surname first:
 * the headline says "Mueller has dozens of inquiries", the body "Special counsel Robert Mueller";
 * a writer says "Obama's Iran deal" a paragraph before "Barack Obama". The left-to-right scan
 * cannot know those names yet (and reads no new people in headings, whose title case makes every
 * word look like a name), so once it is done this pass links, anywhere in the article, a
 * capitalised word or run that is the full, first or last name of a person the article named,
 * when no other mention covers it and it is not part of a longer name.
 */
export function linkEarlierMentions(scan: ActorScan, sentences: readonly Sentence[]): number {
  if (scan.personNames.size === 0) return 0;
  const covered = new Uint8Array(scan.text.length);
  for (const m of scan.registry.mentions) covered.fill(1, m.start, m.end);
  const isCapitalised = (i: number, s: Sentence): boolean => i >= s.from && i < s.to && scan.tok(i)!.cap;
  let linked = 0;
  for (const s of sentences) {
    for (let i = s.from; i < s.to; i++) {
      const t = scan.tok(i)!;
      if (!t.cap || covered[t.start] || isCapitalised(i - 1, s)) continue;
      // The run of capitalised words from here. In running text a known name inside a longer run
      // ("Obama Foundation") is another entity; a title-case heading capitalises every word, so
      // there the longest known name the run starts with is taken.
      let to = i;
      while (to < s.to && to - i < 5 && scan.tok(to)!.cap) to++;
      for (let end = to; end > i && (s.heading || end === to); end--) {
        const last = scan.tok(end - 1)!;
        const key = scan.personNames.get(scan.text.slice(t.start, last.end).toLowerCase());
        if (!key || covered.subarray(t.start, last.end).includes(1)) continue;
        // A lone word that is also a common capitalised word ("May", "Will") is left to the left-to-right scan's rules.
        if (end === i + 1 && NAME_STOP.has(t.lower)) continue;
        // A sentence-initial capital in running text is a name only when the tagger says so.
        if (!s.heading && i === s.from && t.pos !== 'PROPN') break;
        scan.registry.mention(key, t.start, last.end, 'alias', s.index);
        covered.fill(1, t.start, last.end);
        linked++;
        i = end - 1;
        break;
      }
    }
  }
  // Each actor's mentions stay in text order, as the left-to-right scan leaves them.
  if (linked > 0) for (const actor of scan.registry.actors.values()) actor.mentions.sort((a, b) => a.start - b.start);
  return linked;
}
