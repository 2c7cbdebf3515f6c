import type { ArticleFormat, ArticleInput, ParsedArticle } from '../../domain/article.js';
import type { Diagnostic } from '../../domain/extraction.js';
import { articleId, contentHash } from './article.identity.js';
import { normalizeDate } from './date.normalize.js';
import { detectFormat } from './format.detect.js';
import { parseHtml } from './html.parser.js';
import { parseMarkdown } from './markdown.parser.js';
import { outletByName, outletFromUrl } from './outlet.lookup.js';
import { emptyBody, type ParsedBody } from './parsed.body.js';
import { parseText } from './text.parser.js';

const PARSERS: Record<ArticleFormat, (content: string) => ParsedBody> = {
  markdown: parseMarkdown,
  text: parseText,
  html: parseHtml,
};

/** Binary data shows NUL bytes or a high share of control and replacement characters. */
function looksBinary(content: string): boolean {
  if (content.includes('\u0000')) return true;
  const sample = content.slice(0, 4096);
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) odd++;
  }
  return sample.length > 0 && odd / sample.length > 0.05;
}

function checkUrl(raw: string | null, diagnostics: Diagnostic[]): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.toString();
  } catch {
    // reported below
  }
  diagnostics.push({ level: 'error', code: 'INVALID_URL', message: `not an http(s) URL: ${raw.slice(0, 200)}` });
  return null;
}

/** Normalizes a date; when it is not a real one, the diagnostic names the field and the value. */
function checkDate(raw: unknown, field: string, diagnostics: Diagnostic[]): string | null {
  if (raw === null || raw === undefined || raw === '') return null;
  const iso = normalizeDate(raw);
  if (!iso) diagnostics.push({ level: 'error', code: 'INVALID_DATE', message: `${field} is not a date: ${String(raw).slice(0, 100)}` });
  return iso;
}

function safeParse(format: ArticleFormat, content: string): ParsedBody {
  try {
    return PARSERS[format](content);
  } catch (error) {
    const body = emptyBody();
    body.diagnostics.push({ level: 'error', code: 'PARSE_FAILED', message: `${format} parsing failed: ${(error as Error)?.message ?? String(error)}` });
    return body;
  }
}

/**
 * Parses raw article content into a ParsedArticle. The format is detected unless the input
 * names it; the input's own url, title, outlet, date and metadata win over what the content says.
 * Never throws: bad input yields an article with empty text and an error diagnostic.
 */
export function parseArticle(input: ArticleInput): { article: ParsedArticle; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const content = typeof input?.content === 'string' ? input.content : '';
  let format: ArticleFormat = input?.format && input.format in PARSERS ? input.format : 'text';
  let body = emptyBody();

  if (!content.trim()) {
    diagnostics.push({ level: 'error', code: 'EMPTY_CONTENT', message: 'the article has no content' });
  } else if (looksBinary(content)) {
    diagnostics.push({ level: 'error', code: 'BINARY_CONTENT', message: 'the content looks like binary data, not text' });
  } else {
    format = input.format && input.format in PARSERS ? input.format : detectFormat(content);
    body = safeParse(format, content);
    if (!body.text.trim() && !body.diagnostics.some((d) => d.level === 'error')) {
      diagnostics.push({ level: 'error', code: 'EMPTY_CONTENT', message: 'no readable text found in the content' });
    }
  }
  diagnostics.push(...body.diagnostics);

  const url = checkUrl(input?.url ?? body.url, diagnostics);
  const publishedAt = input?.publishedAt != null ? checkDate(input.publishedAt, 'publishedAt', diagnostics) : checkDate(body.date, body.dateField ?? 'date', diagnostics);
  const knownOutlet = (body.outlet && outletByName(body.outlet)) || (url ? outletFromUrl(url) : null);
  const outlet = input?.outlet?.trim() || knownOutlet?.name || body.outlet || null;
  const metadata = { ...body.metadata, ...(input?.metadata ?? {}) };
  const text = body.text;

  const article: ParsedArticle = {
    id: articleId(input?.id, url, text || content),
    url,
    title: input?.title?.trim() || body.title || '',
    outlet,
    publishedAt,
    format,
    text,
    metadata,
    sources: body.sources,
    excluded: body.excluded,
    contentHash: contentHash(text, { metadata, title: input?.title ?? body.title, outlet, publishedAt, url }),
  };
  return { article, diagnostics };
}
