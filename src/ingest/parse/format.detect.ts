import type { ArticleFormat } from '../../domain/article.js';

const HTML_START = /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>])/i;
const HTML_TAGS = /<\/?(p|div|span|a|h[1-6]|article|section|br|ul|li)\b[^>]*>/gi;
const FRONT_MATTER = /^\uFEFF?---\r?\n/;
const MARKDOWN_SIGNS = [/^#{1,6}\s+\S/m, /\*\*[^*\n]+\*\*/, /\[[^\]\n]+\]\(+[^)\s]+\)/, /^\s*[-*+]\s+\S/m];

/** Guesses the format: front matter or markdown syntax means markdown, tags mean HTML, else plain text. */
export function detectFormat(content: string): ArticleFormat {
  if (FRONT_MATTER.test(content)) return 'markdown';
  if (HTML_START.test(content)) return 'html';
  const tags = content.match(HTML_TAGS)?.length ?? 0;
  if (tags >= 3) return 'html';
  const signs = MARKDOWN_SIGNS.filter((re) => re.test(content)).length;
  return signs >= 2 || /^#{1,6}\s+\S/m.test(content) ? 'markdown' : 'text';
}
