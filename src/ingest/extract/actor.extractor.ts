import type { Diagnostic } from '../../domain/extraction.js';
import { scanAnonymous } from './actors/anonymous.scanner.js';
import { scanDescription } from './actors/description.scanner.js';
import { linkEarlierMentions } from './actors/earlier.mentions.js';
import { ActorScan } from './actors/actor.scan.js';
import { scanGazetteerName } from './actors/gazetteer.scanner.js';
import { scanCollective, scanGroup } from './actors/group.scanner.js';
import { scanNamedRun, scanTitledPerson } from './actors/person.scanner.js';
import { scanPronoun } from './actors/pronoun.scanner.js';
import type { ExtractionState, Sentence, StageExtractor } from './context.js';
import { slug } from './gazetteer/index.js';

/** A scanner looks at token i; it returns the token after what it consumed, or null to pass. */
type Scanner = (scan: ActorScan, s: Sentence, i: number) => number | null;

/** The article's own outlet is an actor even when the text never names it. */
function addOutlet(scan: ActorScan, name: string): void {
  const known = scan.gaz.matchAt(name, [{ start: 0, end: name.length, text: name, lower: name.toLowerCase(), pos: 'PROPN', cap: true }], 0);
  const media = known?.entry.kind === 'media' && known.end === name.length ? known.entry : null;
  const key = media ? media.key : `media:${slug(name)}`;
  scan.registry.ensure(key, media ? media.name : name, 'MEDIA');
  scan.registry.info[key] = { ...scan.registry.info[key], head: 'outlet' };
  if (!media) scan.localNames.set(name, key);
}

/** Names known only to this article (an outlet no list has): matched as written. */
function scanLocalName(scan: ActorScan, s: Sentence, i: number): number | null {
  const t = scan.tok(i)!;
  if (!t.cap) return null;
  for (const [name, key] of scan.localNames) {
    if (!scan.text.startsWith(name, t.start)) continue;
    let to = i;
    while (to < s.to && scan.tok(to)!.end <= t.start + name.length) to++;
    if (scan.tok(to - 1)?.end !== t.start + name.length) continue;
    scan.registry.mention(key, t.start, t.start + name.length, 'outlet', s.index);
    return to;
  }
  return null;
}

/** Tried in order at each token: the more specific patterns first. */
const SCANNERS: readonly Scanner[] = [scanAnonymous, scanGroup, scanTitledPerson, scanDescription, scanCollective, scanGazetteerName, scanLocalName, scanNamedRun, scanPronoun];

/**
 * Finds the actors of the article in one left-to-right pass: anonymous sources, demonym
 * groups, titled people, descriptions of actors already named ("the president", "the
 * administration"), gazetteer names (states, capitals, organisations, outlets, leaders), other
 * capitalised names, groups named by what they are ("the migrants") and pronouns with a clear antecedent; then people's names used before the
 * article named them in full (headlines, early surnames). Every mention is a text span.
 */
export const actorExtractor: StageExtractor = {
  name: 'actors',
  run(state: Readonly<ExtractionState>): Partial<ExtractionState> {
    const scan = new ActorScan(state.text, state.tokens);
    if (state.article.outlet) addOutlet(scan, state.article.outlet);
    for (const s of state.sentences) {
      let i = s.from;
      while (i < s.to) {
        let next: number | null = null;
        for (const scanner of SCANNERS) if ((next = scanner(scan, s, i)) !== null) break;
        i = next !== null && next > i ? next : i + 1;
      }
    }
    linkEarlierMentions(scan, state.sentences);
    const { registry } = scan;
    const actors = [...registry.actors.values()];
    const diagnostics: Diagnostic[] = [
      ...state.diagnostics,
      ...scan.diagnostics,
      { level: 'info', code: 'ACTORS', message: `${actors.length} actors, ${registry.mentions.length} mentions, ${scan.places.length} places` },
    ];
    return {
      actors,
      actorInfo: registry.info,
      actorRelations: registry.relations,
      mentions: [...registry.mentions].sort((a, b) => a.start - b.start),
      places: scan.places,
      diagnostics,
    };
  },
};
