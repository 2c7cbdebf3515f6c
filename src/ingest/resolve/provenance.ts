import type { ActorType } from '../../domain/extraction.js';
import { curatedFor } from './actor.identity.js';
import { nameKey } from './name.normalize.js';

/** A name in an attribution chain; the type, when known, tells outlets and named sources from anonymous ones. */
export type ChainElement = string | { name: string; type: ActorType };

/** One article's appearance of a claim. */
export interface Appearance {
  articleId: string;
  /** The publishing outlet. */
  outlet: string | null;
  /** ISO 8601 date or date-time. */
  publishedAt: string | null;
  /** Who reported whom, outermost first: [Clash Report, Financial Times, eight people familiar with the talks]. */
  chain: readonly ChainElement[];
  /** Outlets the article cites as its sources. */
  cites: readonly string[];
}

export interface Citation {
  articleId: string;
  from: string;
  to: string;
  via: 'chain' | 'cites';
}

export interface Origin {
  /** The original source: an outlet that reported it first-hand, or a named public source. */
  source: string;
  articleIds: string[];
}

export interface Provenance {
  /** The earliest appearance; on a tie, the one the others cite. Null when there are no appearances. */
  firstReport: string | null;
  firstReportReason: string;
  citations: Citation[];
  origins: Origin[];
  independentOrigins: number;
}

interface Node {
  key: string;
  name: string;
  kind: 'outlet' | 'named' | 'unknown';
}

/** The same outlet under any of its names: "FT", "ft.com" and "Financial Times" are one key. */
function nodeOf(element: ChainElement, outlets: ReadonlySet<string>): Node {
  const name = typeof element === 'string' ? element : element.name;
  const type = typeof element === 'string' ? null : element.type;
  const media = curatedFor(name, 'MEDIA');
  const key = media ? nameKey(media.actor.name) : nameKey(name);
  const display = media ? media.actor.name : name;
  if (type === 'MEDIA' || media || outlets.has(key)) return { key, name: display, kind: 'outlet' };
  if (type && type !== 'ANONYMOUS_SOURCE' && type !== 'GROUP') return { key, name: display, kind: 'named' };
  // An untyped name the curated data knows as a state, body or leader is a named source too.
  const named = type ? null : (curatedFor(name, 'PERSON') ?? curatedFor(name, 'STATE') ?? curatedFor(name, 'ORGANIZATION'));
  if (named) return { key: nameKey(named.actor.name), name: named.actor.name, kind: 'named' };
  return { key, name: display, kind: 'unknown' };
}

function outletKey(name: string): string {
  const media = curatedFor(name, 'MEDIA');
  return nameKey(media ? media.actor.name : name);
}

/** The chain of an appearance with its publishing outlet first. */
function fullChain(a: Appearance, outlets: ReadonlySet<string>): Node[] {
  const nodes = a.chain.map((e) => nodeOf(e, outlets));
  if (a.outlet) {
    const own = nodeOf({ name: a.outlet, type: 'MEDIA' }, outlets);
    if (nodes[0]?.key !== own.key) nodes.unshift(own);
  }
  return nodes;
}

/**
 * Where an appearance's chain leads: the innermost named public source ("the White House said")
 * when the chain names one, else the innermost outlet, since anonymous sources ("eight people
 * familiar with the talks") cannot be told apart across outlets.
 */
function chainOrigin(chain: Node[]): Node | null {
  for (let i = chain.length - 1; i >= 0; i--) if (chain[i]!.kind !== 'unknown') return chain[i]!;
  return chain[0] ?? null;
}

/**
 * Provenance of one claim across the articles it appears in: the first report, who cites whom,
 * and how many independent origins there are. Four echoes of one FT report are one origin; two
 * outlets each with their own sources are two. An article whose chain stops at itself but which
 * cites outlets echoes them: it adds no origin when what it cites is already an origin, and
 * otherwise its cited outlets count together as one.
 */
export function provenance(appearances: readonly Appearance[]): Provenance {
  const outlets = new Set<string>();
  for (const a of appearances) {
    if (a.outlet) outlets.add(outletKey(a.outlet));
    for (const c of a.cites) outlets.add(outletKey(c));
  }
  const chains = new Map(appearances.map((a) => [a.articleId, fullChain(a, outlets)]));
  const byOutlet = new Map<string, Appearance[]>();
  for (const a of appearances) if (a.outlet) byOutlet.set(outletKey(a.outlet), [...(byOutlet.get(outletKey(a.outlet)) ?? []), a]);

  const citations = citationsOf(appearances, chains, outlets);
  const originOf = new Map<string, Node>();
  const echoes: Appearance[] = [];
  for (const a of appearances) {
    const chain = chains.get(a.articleId)!;
    if (chain.length <= 1 && a.cites.length > 0) echoes.push(a);
    else {
      const o = chainOrigin(chain);
      if (o) originOf.set(a.articleId, o);
    }
  }
  const direct = new Set([...originOf.values()].map((o) => o.key));
  for (const a of [...echoes].sort((x, y) => (x.articleId < y.articleId ? -1 : 1))) {
    const cited = a.cites.map((c) => nodeOf({ name: c, type: 'MEDIA' }, outlets));
    // What a cited outlet's own article leads back to, when we have it.
    const resolved = cited.map((c) => {
      const theirs = byOutlet.get(c.key)?.map((x) => originOf.get(x.articleId)).find((o) => o !== undefined);
      return theirs ?? c;
    });
    const known = resolved.find((r) => direct.has(r.key));
    if (known) originOf.set(a.articleId, known);
    else {
      const keys = [...new Set(resolved.map((r) => r.key))].sort();
      const origin = { key: keys.join('+'), name: resolved.map((r) => r.name).filter((n, i, all) => all.indexOf(n) === i).sort().join(' + '), kind: 'outlet' as const };
      originOf.set(a.articleId, origin);
      direct.add(origin.key);
    }
  }

  const origins = new Map<string, Origin>();
  for (const a of appearances) {
    const o = originOf.get(a.articleId);
    if (!o) continue;
    const entry = origins.get(o.key) ?? { source: o.name, articleIds: [] };
    entry.articleIds.push(a.articleId);
    origins.set(o.key, entry);
  }
  const first = firstReport(appearances, citations);
  return { ...first, citations, origins: [...origins.values()], independentOrigins: origins.size };
}

function citationsOf(appearances: readonly Appearance[], chains: Map<string, Node[]>, outlets: ReadonlySet<string>): Citation[] {
  const out: Citation[] = [];
  const seen = new Set<string>();
  const push = (c: Citation): void => {
    const id = `${c.articleId}|${c.from}|${c.to}`;
    if (!seen.has(id) && c.from !== c.to) {
      seen.add(id);
      out.push(c);
    }
  };
  for (const a of appearances) {
    const chain = chains.get(a.articleId)!;
    for (let i = 0; i + 1 < chain.length; i++) push({ articleId: a.articleId, from: chain[i]!.name, to: chain[i + 1]!.name, via: 'chain' });
    const from = chain[0]?.name ?? a.articleId;
    for (const c of a.cites) push({ articleId: a.articleId, from, to: nodeOf({ name: c, type: 'MEDIA' }, outlets).name, via: 'cites' });
  }
  return out;
}

function firstReport(appearances: readonly Appearance[], citations: readonly Citation[]): Pick<Provenance, 'firstReport' | 'firstReportReason'> {
  const dated = appearances.filter((a) => a.publishedAt && !Number.isNaN(Date.parse(a.publishedAt)));
  if (appearances.length === 0) return { firstReport: null, firstReportReason: 'no appearances' };
  const pool = dated.length > 0 ? dated : [...appearances];
  const time = (a: Appearance): number => (a.publishedAt ? Date.parse(a.publishedAt) : Number.POSITIVE_INFINITY);
  const earliest = Math.min(...pool.map(time));
  const tied = pool.filter((a) => time(a) === earliest);
  const citedBy = (a: Appearance): number => {
    if (!a.outlet) return 0;
    const key = outletKey(a.outlet);
    return new Set(citations.filter((c) => c.articleId !== a.articleId && outletKey(c.to) === key).map((c) => c.articleId)).size;
  };
  const ranked = [...tied].sort((x, y) => citedBy(y) - citedBy(x) || (x.articleId < y.articleId ? -1 : 1));
  const pick = ranked[0]!;
  const when = pick.publishedAt ?? 'no date';
  if (dated.length === 0) return { firstReport: pick.articleId, firstReportReason: 'no appearance is dated: the most cited one' };
  if (tied.length === 1) return { firstReport: pick.articleId, firstReportReason: `earliest publication (${when})` };
  return { firstReport: pick.articleId, firstReportReason: `earliest publication (${when}), tied with ${tied.length - 1} other(s); cited by ${citedBy(pick)} article(s)` };
}
