import { createRequire } from 'node:module';

interface CueFile {
  speechVerbs: string[];
  addresseeVerbs: string[];
  sourceAfter: string[];
  citing: string[];
  cueNouns: string[];
  notSpeakerLabels: string[];
  raising: { verbs: string[]; passives: string[]; adverbs: string[] };
}

/** The cue lexicon (data/attribution/cues.json) as sets of lower-case lemmas and phrases. */
export interface CueLexicon {
  speechVerbs: ReadonlySet<string>;
  addresseeVerbs: ReadonlySet<string>;
  /** Multi-word cues followed by their source ("according to X"), as token arrays. */
  sourceAfter: readonly string[][];
  citing: ReadonlySet<string>;
  cueNouns: ReadonlySet<string>;
  /** Lower-cased labels that open a line with a colon without naming a speaker ("the latest", "q"). */
  notSpeakerLabels: ReadonlySet<string>;
  /** Cues whose subject is attributed content, not the source: verb lemmas, passive participle lemmas, adverbs. */
  raising: { verbs: ReadonlySet<string>; passives: ReadonlySet<string>; adverbs: ReadonlySet<string> };
}

let lexicon: CueLexicon | null = null;

/** Loads the cue lexicon once; the path is relative to this file so it works from src/ and dist/src/. */
export function cueLexicon(): CueLexicon {
  if (lexicon) return lexicon;
  const require = createRequire(import.meta.url);
  const file = require(findData(require)) as CueFile;
  lexicon = {
    speechVerbs: new Set(file.speechVerbs),
    addresseeVerbs: new Set(file.addresseeVerbs),
    sourceAfter: file.sourceAfter.map((p) => p.split(' ')).sort((a, b) => b.length - a.length),
    citing: new Set(file.citing),
    cueNouns: new Set(file.cueNouns),
    notSpeakerLabels: new Set(file.notSpeakerLabels),
    raising: { verbs: new Set(file.raising.verbs), passives: new Set(file.raising.passives), adverbs: new Set(file.raising.adverbs) },
  };
  return lexicon;
}

function findData(require: NodeRequire): string {
  for (const candidate of ['../../../../data/attribution/cues.json', '../../../../../data/attribution/cues.json']) {
    try {
      return require.resolve(candidate);
    } catch {
      // try the next layout (src/ when run by vitest, dist/src/ when built)
    }
  }
  throw new Error('data/attribution/cues.json not found');
}
