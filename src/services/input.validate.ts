import type { ArticleInput } from '../domain/article.js';
import { badInput } from '../errors.js';

export interface InputLimits {
  /** Largest `content` in UTF-8 bytes (MAX_ARTICLE_BYTES). */
  maxArticleBytes: number;
}

/** Limits on the small fields; generous for real articles, small enough that nothing downstream chokes. */
export const FIELD_LIMITS = {
  id: 200,
  url: 2048,
  title: 1000,
  outlet: 200,
  publishedAt: 64,
  metadataBytes: 64 * 1024,
  metadataDepth: 8,
  frontMatterBytes: 64 * 1024,
  frontMatterKeys: 200,
  frontMatterKeyLength: 200,
  frontMatterNesting: 16,
} as const;

/** Replacement characters tolerated before the content counts as mis-encoded (a stray one happens). */
const MAX_REPLACEMENT_CHARS = 10;

const FRONT_MATTER = /^\uFEFF?---([^\r\n]*)\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
// An anchor (&a), alias (*a) or merge key (<<) where YAML reads one (the start of a node): what YAML
// bombs are built from; articles never need them. Quoted strings are blanked out before the test.
const YAML_REFERENCE = /(?:^[ \t]*(?:-[ \t]+)?|:[ \t]+|[[{][ \t]*)[&*][^\s[\]{},]+|^[ \t]*<<[ \t]*:/m;
const YAML_FLOW_REFERENCE = /[[{][^\n]*,[ \t]*[&*][^\s[\]{},]+/;
const YAML_QUOTED = /"(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*'/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// Bidi overrides and zero-width characters hide what an identifier really is (Trojan Source).
const INVISIBLE_IN_IDENTIFIERS = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

const formatBytes = (n: number): string =>
  n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KB` : `${n} bytes`;

/**
 * Checks one article before it is parsed and throws BAD_USER_INPUT naming the first problem:
 * size, emptiness, binary or mis-encoded content, hostile front matter, oversized or invisible
 * identifiers, oversized metadata. What passes is ordinary text (any script, emoji, RTL, combining
 * marks) and is then parsed; the parser's own error diagnostics (bad dates, URLs) come after.
 */
export function validateArticleInput(input: ArticleInput, limits: InputLimits): void {
  if (input === null || typeof input !== 'object') throw badInput('the article input must be an object');
  const { content } = input;
  if (typeof content !== 'string') throw badInput('content must be a string', { field: 'content' });

  const bytes = Buffer.byteLength(content, 'utf8');
  if (bytes > limits.maxArticleBytes) {
    throw badInput(`the article is ${formatBytes(bytes)} (${bytes} bytes), above the limit of ${formatBytes(limits.maxArticleBytes)} (MAX_ARTICLE_BYTES)`, {
      field: 'content',
      bytes,
      limit: limits.maxArticleBytes,
    });
  }
  checkText(content);
  if (input.format !== 'text' && input.format !== 'html') checkFrontMatter(content);

  checkIdentifier('id', input.id, FIELD_LIMITS.id);
  checkIdentifier('url', input.url, FIELD_LIMITS.url);
  checkIdentifier('outlet', input.outlet, FIELD_LIMITS.outlet);
  checkIdentifier('publishedAt', input.publishedAt, FIELD_LIMITS.publishedAt);
  if (input.title !== undefined && input.title !== null) {
    if (typeof input.title !== 'string') throw badInput('title must be a string', { field: 'title' });
    if (input.title.length > FIELD_LIMITS.title) throw badInput(`title is ${input.title.length} characters, above the limit of ${FIELD_LIMITS.title}`, { field: 'title' });
  }
  if (input.metadata !== undefined && input.metadata !== null) checkMetadata(input.metadata);
}

function checkText(content: string): void {
  // Whitespace, format characters (zero-width, bidi controls, BOM) and lone combining marks carry no words.
  if (content.replace(/[\s\p{Cf}\p{M}]+/gu, '') === '') {
    throw badInput(content.length === 0 ? 'the article is empty' : 'the article has no readable text (only whitespace or invisible characters)', { field: 'content' });
  }
  const nul = content.indexOf('\u0000');
  if (nul >= 0) throw badInput(`the content contains NUL bytes (first at character ${nul}): binary data, not text`, { field: 'content', offset: nul });
  if (LONE_SURROGATE.test(content)) throw badInput('the content contains unpaired UTF-16 surrogates: not valid Unicode text', { field: 'content' });
  let control = 0;
  let replacement = 0;
  let firstReplacement = -1;
  for (let i = 0; i < content.length; i++) {
    const c = content.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 11) || c === 0x7f) control++;
    else if (c === 0xfffd) {
      replacement++;
      if (firstReplacement < 0) firstReplacement = i;
    }
  }
  if (control > Math.max(8, content.length * 0.01)) {
    throw badInput(`the content has ${control} control characters in ${content.length}: binary data, not text`, { field: 'content', control });
  }
  if (replacement > MAX_REPLACEMENT_CHARS) {
    throw badInput(
      `the content has ${replacement} replacement characters (U+FFFD, first at character ${firstReplacement}): it is binary or not UTF-8; re-encode it as UTF-8`,
      { field: 'content', replacement, offset: firstReplacement },
    );
  }
}

function checkFrontMatter(content: string): void {
  if (!/^\uFEFF?---/.test(content)) return;
  const match = FRONT_MATTER.exec(content.slice(0, FIELD_LIMITS.frontMatterBytes + 4096));
  const language = (match ? match[1]! : (/^\uFEFF?---([^\r\n]*)/.exec(content)?.[1] ?? '')).trim().toLowerCase();
  if (language !== '' && language !== 'yaml' && language !== 'yml' && !/^-+$/.test(language)) {
    throw badInput(`front matter in ${JSON.stringify(language.slice(0, 40))} is not accepted: only YAML front matter is`, { field: 'content' });
  }
  if (!match) return;
  const yaml = match[2]!;
  if (Buffer.byteLength(yaml, 'utf8') > FIELD_LIMITS.frontMatterBytes) {
    throw badInput(`the front matter is larger than ${formatBytes(FIELD_LIMITS.frontMatterBytes)}`, { field: 'content' });
  }
  const unquoted = yaml.replace(YAML_QUOTED, '""');
  if (YAML_REFERENCE.test(unquoted) || YAML_FLOW_REFERENCE.test(unquoted)) {
    throw badInput('the front matter uses YAML anchors, aliases or merge keys (&, *, <<), which are not accepted', { field: 'content' });
  }
  const keys = yaml.split(/\r?\n/).map((line) => /^\s*(?:-\s+)?(["']?)([^:#"'\s][^:]*?)\1\s*:(?:\s|$)/.exec(line)?.[2]).filter((k): k is string => k !== undefined);
  if (keys.length > FIELD_LIMITS.frontMatterKeys) throw badInput(`the front matter has ${keys.length} keys, above the limit of ${FIELD_LIMITS.frontMatterKeys}`, { field: 'content' });
  const long = keys.find((k) => k.length > FIELD_LIMITS.frontMatterKeyLength);
  if (long) throw badInput(`a front matter key is ${long.length} characters long, above the limit of ${FIELD_LIMITS.frontMatterKeyLength}`, { field: 'content' });
  let depth = 0;
  let deepest = 0;
  for (const ch of yaml) {
    if (ch === '[' || ch === '{') deepest = Math.max(deepest, ++depth);
    else if ((ch === ']' || ch === '}') && depth > 0) depth--;
  }
  const indent = Math.max(0, ...yaml.split(/\r?\n/).map((line) => /^ */.exec(line)![0].length));
  if (deepest > FIELD_LIMITS.frontMatterNesting || indent > FIELD_LIMITS.frontMatterNesting * 4) {
    throw badInput(`the front matter is nested deeper than ${FIELD_LIMITS.frontMatterNesting} levels`, { field: 'content' });
  }
}

function checkIdentifier(field: string, value: unknown, max: number): void {
  if (value === undefined || value === null) return;
  if (typeof value !== 'string') throw badInput(`${field} must be a string`, { field });
  if (value.length > max) throw badInput(`${field} is ${value.length} characters, above the limit of ${max}`, { field });
  if (INVISIBLE_IN_IDENTIFIERS.test(value)) {
    throw badInput(`${field} contains control, zero-width or bidi-override characters`, { field });
  }
  if (LONE_SURROGATE.test(value)) throw badInput(`${field} contains unpaired UTF-16 surrogates`, { field });
}

function checkMetadata(metadata: unknown): void {
  if (typeof metadata !== 'object' || Array.isArray(metadata)) throw badInput('metadata must be an object', { field: 'metadata' });
  const depthOf = (v: unknown, d: number): number => {
    if (d > FIELD_LIMITS.metadataDepth) return d;
    if (v === null || typeof v !== 'object') return d;
    let max = d;
    for (const child of Object.values(v as object)) max = Math.max(max, depthOf(child, d + 1));
    return max;
  };
  if (depthOf(metadata, 0) > FIELD_LIMITS.metadataDepth) throw badInput(`metadata is nested deeper than ${FIELD_LIMITS.metadataDepth} levels`, { field: 'metadata' });
  const bytes = Buffer.byteLength(JSON.stringify(metadata), 'utf8');
  if (bytes > FIELD_LIMITS.metadataBytes) {
    throw badInput(`metadata is ${formatBytes(bytes)}, above the limit of ${formatBytes(FIELD_LIMITS.metadataBytes)}`, { field: 'metadata' });
  }
}
