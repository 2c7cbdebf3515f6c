import { SENTIMENT } from './lexicon.js';
import type { Rng } from './random.js';
import { dayString, type ArticleBody } from './writer.js';

const yamlString = (text: string): string => JSON.stringify(text);

/** Markdown with YAML front matter, a "Key Players and Their Roles" list and a "Sources" list. */
export function toMarkdown(body: ArticleBody, rng: Rng): string {
  const [score, label] = rng.pick(SENTIMENT);
  const lines = [
    '---',
    'layout: post',
    `title: ${yamlString(body.title)}`,
    `category: ${yamlString(body.category)}`,
    `date: ${body.publishedAt.replace('T', ' ').replace('Z', '')}`,
    `source_url: ${yamlString(body.url)}`,
    `outlet: ${yamlString(body.outlet.name)}`,
    `sentiment_score: ${score}`,
    `sentiment_label: ${yamlString(label)}`,
    'tldr:',
    ...body.tldr.map((t) => `  - ${yamlString(t)}`),
    '---',
    '',
    `### ${body.title}`,
  ];
  const [lead, ...rest] = body.sections;
  lines.push(...lead!.paragraphs, '', '### Key Players and Their Roles');
  for (const player of body.keyPlayers) lines.push(`- **${player.name}**: ${player.role}`);
  for (const section of rest) {
    lines.push('', `### ${section.heading ?? 'Background'}`, ...section.paragraphs.flatMap((p) => [p, '']));
  }
  lines.push('### Sources');
  for (const s of body.sources) lines.push(`- [${s.outlet} – "${s.title}" (${s.date})](${s.url})`);
  return `${lines.join('\n')}\n`;
}

/**
 * Scraped plain text: title, dek, the date glued to the outlet name ("March 3, 2025Meridian Post"),
 * body paragraphs under short headings, then the site's "Sources:" / "Related News" boilerplate.
 */
export function toText(body: ArticleBody): string {
  const lines = [body.title, body.dek, `${dayString(Date.parse(body.publishedAt), 'long')}${body.outlet.name}`];
  for (const section of body.sections) {
    if (section.heading) lines.push(section.heading);
    lines.push(...section.paragraphs);
  }
  lines.push('Sources:', 'Related Topics', 'Related News');
  for (const r of body.related) lines.push(r.title, r.category, r.date);
  return `${lines.join('\n')}\n`;
}

const esc = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A saved web page: meta tags, navigation, the article, a related-news aside and a footer. */
export function toHtml(body: ArticleBody): string {
  const parts = [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${esc(body.title)} | ${esc(body.outlet.name)}</title>`,
    `<meta property="og:title" content="${esc(body.title)}">`,
    `<meta property="og:site_name" content="${esc(body.outlet.name)}">`,
    `<meta property="article:published_time" content="${body.publishedAt}">`,
    `<meta name="description" content="${esc(body.dek)}">`,
    `<link rel="canonical" href="${body.url}">`,
    '</head><body>',
    `<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/economy">Economy</a></li></ul></nav>`,
    '<main><article>',
    `<h1>${esc(body.title)}</h1>`,
    `<p class="dek">${esc(body.dek)}</p>`,
    `<time datetime="${body.publishedAt}">${dayString(Date.parse(body.publishedAt), 'long')}</time>`,
  ];
  for (const section of body.sections) {
    if (section.heading) parts.push(`<h2>${esc(section.heading)}</h2>`);
    for (const p of section.paragraphs) parts.push(`<p>${esc(p)}</p>`);
  }
  parts.push('</article>', '<aside><h2>Related News</h2><ul>');
  for (const r of body.related) parts.push(`<li><a href="#">${esc(r.title)}</a> <span>${esc(r.category)}</span> <span>${r.date}</span></li>`);
  parts.push('</ul></aside></main>', `<footer><p>© ${esc(body.outlet.name)}. All rights reserved.</p></footer>`, '</body></html>');
  return `${parts.join('\n')}\n`;
}
