import type { Diagnostic } from '../../domain/extraction.js';
import { spanOf } from '../../domain/span.js';
import type { ExtractionState, Sentence, StageExtractor } from './context.js';
import { tokenize } from './nlp.js';

/** The sentence containing a character offset (binary search), or null outside every sentence. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | null {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}

const TERMINAL = /[.!?:;]["”’)]?$/;

/** Runs of this many characters without a space are no words (hashes, base64, junk): not tokenized. */
export const LONG_RUN = /\S{300,}/g;

/**
 * Blanks excluded ranges and overlong non-space runs (same length, so offsets hold): no token
 * comes from boilerplate, and the tokenizer, superlinear on giant tokens, never sees one.
 */
function mask(text: string, excluded: ReadonlyArray<{ start: number; end: number }>): string {
  text = text.replace(LONG_RUN, (run) => ' '.repeat(run.length));
  if (excluded.length === 0) return text;
  let out = '';
  let at = 0;
  for (const range of [...excluded].sort((a, b) => a.start - b.start)) {
    const start = Math.max(at, Math.min(range.start, text.length));
    const end = Math.max(start, Math.min(range.end, text.length));
    out += text.slice(at, start) + text.slice(start, end).replace(/[^\n]/g, ' ');
    at = end;
  }
  return out + text.slice(at);
}

/**
 * Splits the article into tokens and sentences. Paragraph breaks always end a sentence (wink
 * would glue a headline to the next line); a line with no closing punctuation is a heading.
 */
export const sentenceExtractor: StageExtractor = {
  name: 'sentences',
  run(state: Readonly<ExtractionState>): Partial<ExtractionState> {
    const { text } = state;
    const diagnostics: Diagnostic[] = [];
    for (const range of state.article.excluded) {
      if (range.start >= 0 && range.end <= text.length && range.start < range.end) {
        diagnostics.push({ level: 'info', code: 'BOILERPLATE_SKIPPED', message: 'site boilerplate is not read for claims', span: spanOf(text, range.start, range.end) });
      }
    }
    if (!text.trim()) return { tokens: [], sentences: [], diagnostics: [...state.diagnostics, ...diagnostics] };

    const { tokens, sentences: raw } = tokenize(mask(text, state.article.excluded));
    const sentences: Sentence[] = [];
    const push = (from: number, to: number): void => {
      if (from >= to) return;
      const start = tokens[from]!.start;
      const end = tokens[to - 1]!.end;
      const lineStart = text.lastIndexOf('\n', start - 1) + 1;
      const nl = text.indexOf('\n', end);
      const lineEnd = nl < 0 ? text.length : nl;
      const wholeLine = text.slice(lineStart, start).trim() === '' && text.slice(end, lineEnd).trim() === '';
      const words = to - from;
      const heading = wholeLine && words <= 14 && !TERMINAL.test(text.slice(start, end));
      sentences.push({ index: sentences.length, start, end, from, to, heading });
    };
    for (const [from, to] of raw) {
      let a = from;
      for (let i = from + 1; i < to; i++) {
        if (text.slice(tokens[i - 1]!.end, tokens[i]!.start).includes('\n')) {
          push(a, i);
          a = i;
        }
      }
      push(a, to);
    }
    const headings = sentences.filter((s) => s.heading).length;
    diagnostics.push({ level: 'info', code: 'SENTENCES', message: `${sentences.length} sentences (${headings} headings), ${tokens.length} tokens` });
    return { tokens, sentences, diagnostics: [...state.diagnostics, ...diagnostics] };
  },
};
