import type { ArticleMetadata, SourceLink } from '../../domain/article.js';
import type { Diagnostic } from '../../domain/extraction.js';
import type { Span } from '../../domain/span.js';

/** What a format parser finds; the article parser merges it with the caller's input. */
export interface ParsedBody {
  text: string;
  excluded: Span[];
  title: string | null;
  outlet: string | null;
  /** Raw date value as found (string or Date); normalized by the article parser. */
  date: unknown;
  /** Where the date was found ("front matter date"), for the message when it is not a date. */
  dateField: string | null;
  url: string | null;
  metadata: ArticleMetadata;
  sources: SourceLink[];
  diagnostics: Diagnostic[];
}

/** A body with nothing found yet: the parsers' starting point and the result for unreadable input. */
export function emptyBody(): ParsedBody {
  return { text: '', excluded: [], title: null, outlet: null, date: null, dateField: null, url: null, metadata: {}, sources: [], diagnostics: [] };
}
