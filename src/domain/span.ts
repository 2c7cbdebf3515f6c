/** A character range into an article's stored text (end exclusive), with the text it covers. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Builds a span from a text and a range; the caller guarantees 0 <= start <= end <= text.length. */
export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}
