import type { Span } from '../../domain/span.js';
import { spanOf } from '../../domain/span.js';

/**
 * Accumulates the readable lines of an article into one text with "\n" between paragraphs,
 * remembering which ranges are boilerplate so that later stages can skip them.
 */
export class TextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  private readonly excludedRanges: Array<[number, number]> = [];

  /** Appends one paragraph; empty lines are dropped so the text never has blank paragraphs. */
  line(content: string, options: { excluded?: boolean } = {}): void {
    const clean = content.replace(/\s+/g, ' ').trim();
    if (!clean) return;
    if (this.length > 0) {
      this.parts.push('\n');
      this.length += 1;
    }
    const start = this.length;
    this.parts.push(clean);
    this.length += clean.length;
    if (options.excluded) {
      const last = this.excludedRanges[this.excludedRanges.length - 1];
      // Adjacent boilerplate lines become one excluded range, newline included.
      if (last && last[1] + 1 === start) last[1] = this.length;
      else this.excludedRanges.push([start, this.length]);
    }
  }

  build(): { text: string; excluded: Span[] } {
    const text = this.parts.join('');
    return { text, excluded: this.excludedRanges.map(([s, e]) => spanOf(text, s, e)) };
  }
}
