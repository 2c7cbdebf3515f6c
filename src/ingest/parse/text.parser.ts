import { boilerplateTailStart, isNoiseLine } from './boilerplate.js';
import { leadingDate } from './date.normalize.js';
import { emptyBody, type ParsedBody } from './parsed.body.js';
import { TextBuilder } from './text.builder.js';

const SENTENCE_END = /[.!?]["”’)]?$/;

/**
 * Parses scraped plain text: a title line, an optional dek, a date line that may carry the
 * outlet glued to it ("March 3, 2025Some Outlet"), the body, and a boilerplate tail.
 * The date line is metadata and leaves the text; the boilerplate tail stays but is excluded.
 */
export function parseText(content: string): ParsedBody {
  const body = emptyBody();
  const lines = content.split(/\r\n|\r|\n/).map((l) => l.trim()).filter((l) => l.length > 0);
  if (lines.length === 0) return body;

  let dateLine = -1;
  for (let i = 0; i < Math.min(lines.length, 6); i++) {
    const found = leadingDate(lines[i]!);
    if (found && found.rest.split(/\s+/).length <= 6) {
      dateLine = i;
      body.date = found.iso;
      if (found.rest) body.outlet = found.rest.replace(/^[|•·–—-]\s*/, '').trim() || null;
      break;
    }
  }

  const first = lines[0]!;
  if (first !== lines[dateLine] && !SENTENCE_END.test(first)) body.title = first;
  if (dateLine === 2 && body.title) body.metadata.dek = lines[1];

  const tail = boilerplateTailStart(lines);
  const builder = new TextBuilder();
  lines.forEach((line, i) => {
    if (i === dateLine) return;
    builder.line(line, { excluded: i >= tail || isNoiseLine(line) });
  });
  Object.assign(body, builder.build());
  return body;
}
