import { createRequire } from 'node:module';
import matter from 'gray-matter';
import type { Diagnostic } from '../../domain/extraction.js';
import { isNoiseLine, isSectionMarker } from './boilerplate.js';
import { stripInline } from './markdown.inline.js';
import { emptyBody, type ParsedBody } from './parsed.body.js';
import { parseSourceLink } from './source.links.js';
import { TextBuilder } from './text.builder.js';

const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/;
const KEY_PLAYER = /^\*\*([^*]+)\*\*\s*:?\s*(.*)$/;
const FENCE = /^\s*(```|~~~)/;

interface YamlLoader {
  safeLoad(source: string, options: { schema: unknown }): unknown;
  CORE_SCHEMA: unknown;
}
// The js-yaml gray-matter itself uses. Its default schema turns `date: 2026-02-30` into a Date rolled
// over into March (and 2026-01-01T10:75:00Z into 11:15); the core schema has no timestamp type, so
// dates stay the text written and normalizeDate checks the calendar, like any other date string.
const yaml = createRequire(createRequire(import.meta.url).resolve('gray-matter'))('js-yaml') as YamlLoader;
const loadYaml = (source: string): object => (yaml.safeLoad(source, { schema: yaml.CORE_SCHEMA }) ?? {}) as object;

/** Front matter keys read as the publication date, in order of preference. */
const DATE_KEYS = ['date', 'published', 'publishedAt'] as const;

interface FrontMatter {
  data: Record<string, unknown>;
  body: string;
  diagnostics: Diagnostic[];
}

function readFrontMatter(content: string): FrontMatter {
  try {
    // gray-matter caches by content; pass a fresh options object to keep results independent.
    const parsed = matter(content, { engines: { yaml: loadYaml, javascript: () => { throw new Error('JavaScript front matter is not allowed (gray-matter would eval it)'); } } });
    return { data: { ...parsed.data }, body: parsed.content, diagnostics: [] };
  } catch (error) {
    const close = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---\s*(\r?\n|$)/.exec(content);
    return {
      data: {},
      body: close ? content.slice(close[0].length) : content,
      diagnostics: [{ level: 'error', code: 'INVALID_FRONT_MATTER', message: `front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}` }],
    };
  }
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/**
 * Parses markdown with optional YAML front matter. The text keeps the words of headings, lists,
 * paragraphs and link labels, one paragraph per line; a "Sources" section is read into
 * `sources` and excluded; "Key Players" bullets (`**Actor**: role`) go to metadata.keyPlayers.
 */
export function parseMarkdown(content: string): ParsedBody {
  const body = emptyBody();
  const front = readFrontMatter(content);
  body.diagnostics.push(...front.diagnostics);
  const data = front.data;
  body.title = asString(data.title) ?? null;
  const dateKey = DATE_KEYS.find((key) => data[key] !== undefined && data[key] !== null);
  if (dateKey) {
    body.date = data[dateKey];
    body.dateField = `front matter ${dateKey}`;
  }
  body.url = asString(data.source_url) ?? asString(data.url) ?? asString(data.canonical_url) ?? null;
  body.outlet = asString(data.outlet) ?? asString(data.source) ?? null;
  const category = asString(data.category);
  if (category) body.metadata.category = category;
  if (typeof data.sentiment_score === 'number') body.metadata.sentimentScore = data.sentiment_score;
  const label = asString(data.sentiment_label);
  if (label) body.metadata.sentimentLabel = label;
  if (Array.isArray(data.tldr)) body.metadata.tldr = data.tldr.filter((x): x is string => typeof x === 'string');
  const dek = asString(data.dek) ?? asString(data.description) ?? asString(data.summary);
  if (dek) body.metadata.dek = dek;

  const builder = new TextBuilder();
  const keyPlayers: Array<{ actor: string; role: string }> = [];
  let section = '';
  let paragraph: string[] = [];
  let inFence = false;
  const flush = (): void => {
    if (paragraph.length) builder.line(stripInline(paragraph.join(' ')), { excluded: isSourcesSection(section) });
    paragraph = [];
  };

  for (const raw of front.body.split(/\r\n|\r|\n/)) {
    if (FENCE.test(raw)) {
      flush();
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    const line = raw.trim();
    if (!line || /^([-*_]\s*){3,}$/.test(line)) {
      flush();
      continue;
    }
    const heading = HEADING.exec(raw);
    if (heading) {
      flush();
      section = stripInline(heading[2]!);
      builder.line(section, { excluded: isSourcesSection(section) });
      if (!body.title && heading[1]!.length === 1) body.title = section;
      continue;
    }
    const item = LIST_ITEM.exec(raw);
    if (item) {
      flush();
      const itemText = item[1]!.trim();
      if (isSourcesSection(section)) {
        const link = parseSourceLink(itemText);
        if (link) body.sources.push(link);
        builder.line(stripInline(itemText), { excluded: true });
        continue;
      }
      const player = /key players|who'?s who|actors/i.test(section) ? KEY_PLAYER.exec(itemText) : null;
      if (player) keyPlayers.push({ actor: player[1]!.trim(), role: stripInline(player[2]!).trim() });
      builder.line(stripInline(itemText.replace(/^>\s*/, '')), { excluded: isNoiseLine(itemText) });
      continue;
    }
    paragraph.push(line.replace(/^>\s*/, ''));
  }
  flush();
  if (keyPlayers.length) body.metadata.keyPlayers = keyPlayers;
  Object.assign(body, builder.build());
  return body;
}

function isSourcesSection(heading: string): boolean {
  return heading !== '' && isSectionMarker(heading);
}
