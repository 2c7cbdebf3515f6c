import { winkReader as reader } from './wink.reader.js';

/** One token with its character range in the article text and its universal POS tag. */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  pos: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
}

/** Tokens and sentence boundaries of one text. */
export interface TokenizedText {
  tokens: Token[];
  /** Sentence boundaries as [first token, last token + 1]. */
  sentences: Array<[number, number]>;
}

const UPPER = /^\p{Lu}/u;

/**
 * Tokenizes and POS-tags the text with wink-nlp and maps every token back to its character
 * range (wink does not give offsets). Tokens that cannot be found in the text are dropped
 * rather than guessed, so every offset is exact.
 */
export function tokenize(text: string): TokenizedText {
  const { values, tags, spans } = reader.read(text, (doc, its) => {
    const found: [number, number][] = [];
    doc.sentences().each((s: { out(f: unknown): unknown }) => void found.push(s.out(its.span) as unknown as [number, number]));
    return { values: doc.tokens().out() as string[], tags: doc.tokens().out(its.pos) as string[], spans: found };
  });
  const index: number[] = new Array(values.length).fill(-1);
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (!value.trim()) continue;
    const at = text.indexOf(value, cursor);
    // A token wink rewrote (or one far ahead) is skipped: offsets must stay exact.
    if (at < 0 || at - cursor > 200) continue;
    index[i] = tokens.length;
    tokens.push({ start: at, end: at + value.length, text: value, lower: value.toLowerCase(), pos: tags[i] ?? 'X', cap: UPPER.test(value) });
    cursor = at + value.length;
  }
  const sentences: Array<[number, number]> = [];
  for (const [from, to] of spans) {
    let a = -1;
    let b = -1;
    for (let i = from; i <= to; i++) {
      const t = index[i] ?? -1;
      if (t < 0) continue;
      if (a < 0) a = t;
      b = t + 1;
    }
    if (a >= 0) sentences.push([a, b]);
  }
  return { tokens, sentences };
}
