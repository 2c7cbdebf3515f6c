import type { Token } from '../nlp.js';

/** A name in a gazetteer and what it points to. */
export interface GazetteerEntry {
  alias: string;
  kind: 'state' | 'capital' | 'demonym' | 'organization' | 'media' | 'person' | 'place';
  /** Actor key the alias resolves to ("state:USA"); for places the place name. */
  key: string;
  /** Canonical name of what it points to. */
  name: string;
}

/** A gazetteer name found in the text: the entry and where it ends. */
export interface PhraseMatch {
  entry: GazetteerEntry;
  /** Token index one past the match. */
  to: number;
  end: number;
}

interface Indexed {
  entry: GazetteerEntry;
  lower: string;
  exactCase: boolean;
  /** The name itself starts in lower case ("von der Leyen", "al-Sharaa"). */
  lowerStart: boolean;
}

const LEAD = /^[\p{L}\p{N}.&+]+/u;

function firstWord(s: string): string {
  return (LEAD.exec(s)?.[0] ?? s).toLowerCase();
}

/**
 * Finds gazetteer names at token positions. Names are compared on the text itself (not on
 * tokens), so multi-word and hyphenated names match however the tokenizer split them; a match
 * must end on a token boundary. Short all-capital aliases ("US", "WHO") match only in capitals,
 * other names must start with a capital letter in the text.
 */
export class PhraseIndex {
  private readonly byFirst = new Map<string, Indexed[]>();
  private readonly lowerFirstWords = new Set<string>();

  add(entry: GazetteerEntry): void {
    const alias = entry.alias.trim().replace(/^the\s+/i, '');
    if (alias.length < 2) return;
    const key = firstWord(alias);
    const list = this.byFirst.get(key) ?? [];
    if (list.some((x) => x.lower === alias.toLowerCase() && x.entry.key === entry.key)) return;
    const lowerStart = /^\p{Ll}/u.test(alias);
    if (lowerStart) this.lowerFirstWords.add(key);
    list.push({ entry: { ...entry, alias }, lower: alias.toLowerCase(), exactCase: alias.length <= 5 && alias === alias.toUpperCase(), lowerStart });
    list.sort((a, b) => b.lower.length - a.lower.length);
    this.byFirst.set(key, list);
  }

  /** The longest entry starting at token i, if any; entries added first win ties. */
  matchAt(text: string, tokens: Token[], i: number, limit = tokens.length): PhraseMatch | null {
    const token = tokens[i]!;
    // Names start with a capital or a digit: most tokens are rejected without a lookup.
    const c = token.text.charCodeAt(0);
    if (c >= 97 && c <= 122 && !this.lowerFirstWords.has(token.lower)) return null;
    const list = this.byFirst.get(firstWord(token.text));
    if (!list) return null;
    for (const candidate of list) {
      const end = token.start + candidate.lower.length;
      const slice = text.slice(token.start, end);
      if (candidate.exactCase ? slice !== candidate.entry.alias : slice.toLowerCase() !== candidate.lower) continue;
      if (!candidate.exactCase && !candidate.lowerStart && !/^[\p{Lu}\p{N}]/u.test(slice)) continue;
      let to = i;
      while (to < limit && tokens[to]!.end <= end) to++;
      if (to === i) continue;
      if (tokens[to - 1]!.end !== end) {
        // The tokenizer may glue a dash-joined word to the name ("Post–shows"): still a name end.
        const glued = to < limit && tokens[to]!.start < end && /^[–—-]$/.test(text[end] ?? '');
        if (!glued) continue;
        return { entry: candidate.entry, to: to + 1, end };
      }
      return { entry: candidate.entry, to, end };
    }
    return null;
  }
}
