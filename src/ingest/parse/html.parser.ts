import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { boilerplateTailStart, isNoiseLine } from './boilerplate.js';
import { emptyBody, type ParsedBody } from './parsed.body.js';
import { TextBuilder } from './text.builder.js';

/** The small slice of the DOM this parser walks (linkedom nodes satisfy it). */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

interface DomDocument {
  title: string;
  body: DomNode | null;
  querySelector(selector: string): DomNode | null;
}

const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'TD', 'TH', 'FIGCAPTION', 'DT', 'DD', 'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'MAIN', 'UL', 'OL', 'TABLE', 'TR', 'FIGURE', 'ASIDE', 'NAV', 'BR', 'HR']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'NAV', 'FORM', 'BUTTON']);

/**
 * Collects the text of the tree one block per line: textContent alone would glue the last
 * word of a paragraph to the first of the next.
 */
function blockLines(root: DomNode): string[] {
  const lines: string[] = [];
  let current = '';
  const breakLine = (): void => {
    if (current.trim()) lines.push(current.replace(/\s+/g, ' ').trim());
    current = '';
  };
  // Iterative walk: pathological nesting must not exhaust the call stack.
  const stack: Array<{ node: DomNode; leaving: boolean }> = [{ node: root, leaving: false }];
  while (stack.length > 0) {
    const { node, leaving } = stack.pop()!;
    if (leaving) {
      breakLine();
      continue;
    }
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) continue;
    const block = BLOCKS.has(name);
    if (block) {
      breakLine();
      stack.push({ node, leaving: true });
    }
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push({ node: node.childNodes[i]!, leaving: false });
  }
  breakLine();
  return lines;
}

const VOID = /^<(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr|param|keygen)\b/i;

/**
 * Readability recurses through the tree: on very deep or tag-heavy markup it runs for minutes or
 * overflows the stack. Real pages nest a few dozen levels; unclosed tags count as nesting too.
 */
function tooComplexForReadability(content: string): boolean {
  let opened = 0;
  let depth = 0;
  let deepest = 0;
  for (const [tag] of content.matchAll(/<\/?[a-z][^>]*>/gi)) {
    if (tag[1] === '/') depth--;
    else if (!VOID.test(tag) && !tag.endsWith('/>')) {
      opened++;
      deepest = Math.max(deepest, ++depth);
    }
  }
  return opened > 50_000 || deepest > 400;
}

/** The article element Readability finds, or null (then the whole body is read). */
function readabilityRoot(content: string): DomNode | null {
  if (tooComplexForReadability(content)) return null;
  try {
    // Readability mutates the document it reads: give it its own copy.
    const copy = parseHTML(content).document;
    const article = new Readability(copy as never, { serializer: (node: unknown) => node }).parse();
    return (article?.content as DomNode | null | undefined) ?? null;
  } catch {
    return null;
  }
}

function meta(doc: DomDocument, selectors: string[]): string | null {
  for (const selector of selectors) {
    const value = doc.querySelector(selector)?.getAttribute?.('content') ?? null;
    if (value && value.trim()) return value.trim();
  }
  return null;
}

/**
 * Parses an HTML page: metadata from <title>, Open Graph and article meta tags, the story from
 * Readability (falling back to the whole body when Readability finds no article).
 */
export function parseHtml(content: string): ParsedBody {
  const body = emptyBody();
  const { document } = parseHTML(content.includes('<html') ? content : `<!doctype html><html><body>${content}</body></html>`);
  const doc = document as unknown as DomDocument;

  body.title = meta(doc, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ?? (doc.title?.trim() || null);
  body.outlet = meta(doc, ['meta[property="og:site_name"]', 'meta[name="application-name"]']);
  body.date =
    meta(doc, ['meta[property="article:published_time"]', 'meta[name="date"]', 'meta[name="pubdate"]', 'meta[itemprop="datePublished"]']) ??
    doc.querySelector('time[datetime]')?.getAttribute?.('datetime') ??
    null;
  body.url = doc.querySelector('link[rel="canonical"]')?.getAttribute?.('href') ?? meta(doc, ['meta[property="og:url"]']);
  const description = meta(doc, ['meta[name="description"]', 'meta[property="og:description"]']);
  if (description) body.metadata.dek = description;

  let root = readabilityRoot(content);
  if (!root) {
    body.diagnostics.push({ level: 'info', code: 'READABILITY_FALLBACK', message: 'no article found by Readability; using the whole page body' });
    root = doc.body;
  }
  const lines = root ? blockLines(root) : [];
  const tail = boilerplateTailStart(lines);
  const builder = new TextBuilder();
  lines.forEach((line, i) => builder.line(line, { excluded: i >= tail || isNoiseLine(line) }));
  Object.assign(body, builder.build());
  return body;
}
