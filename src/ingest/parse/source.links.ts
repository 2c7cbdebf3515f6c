import type { SourceLink } from '../../domain/article.js';
import { normalizeDate } from './date.normalize.js';
import { outletByName, outletFromUrl } from './outlet.lookup.js';

const LINK_ITEM = /\[([^\]\n]{0,500})\]\(+\s*<?([^)\s>[(]{0,2000})>?\s*\)*/;
const TRAILING_DATE = /\s*\(([^()]*\d{4}[^()]*)\)\s*$/;
const QUOTED = /["“”]([^"“”]+)["“”]/;

/**
 * Reads one "Sources" list item: `[Outlet – "Title" (27 Jan 2026)](url)` and its variants
 * (`Outlet (via Other): "Title"`, a colon or dash separator, a missing date, a malformed target).
 */
export function parseSourceLink(line: string): SourceLink | null {
  const m = LINK_ITEM.exec(line);
  const label = (m ? m[1]! : line).trim();
  const rawUrl = m?.[2]?.trim() || null;
  if (!label && !rawUrl) return null;
  let url: string | null = null;
  if (rawUrl) {
    try {
      url = new URL(rawUrl).toString();
    } catch {
      url = null;
    }
  }

  let rest = label;
  let date: string | null = null;
  const dated = TRAILING_DATE.exec(rest);
  if (dated) {
    date = normalizeDate(dated[1]!);
    if (date) rest = rest.slice(0, dated.index).trim();
  }

  let outletName: string | null = null;
  let title = rest;
  const quoted = QUOTED.exec(rest);
  if (quoted) {
    title = quoted[1]!.trim();
    outletName = rest.slice(0, quoted.index).replace(/[\s:–—-]+$/, '').trim() || null;
  } else {
    const sep = /\s[–—-]\s|:\s/.exec(rest);
    if (sep) {
      outletName = rest.slice(0, sep.index).trim();
      title = rest.slice(sep.index + sep[0].length).trim();
    }
  }
  // "Reuters (via Yahoo News)": the outlet is the original publisher.
  if (outletName) outletName = outletName.replace(/\s*\(via [^)]*\)\s*$/i, '').trim() || null;
  const known = (outletName && outletByName(outletName)) || (url && !outletName ? outletFromUrl(url) : null);
  return { outlet: known ? known.name : outletName, title: title || label, url, date };
}
