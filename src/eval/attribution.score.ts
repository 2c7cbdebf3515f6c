import { f1Of, mean, prfFromCounts, type Prf } from './metrics.js';

export const ROLES = ['source', 'cue', 'content'] as const;
export type Role = (typeof ROLES)[number];

export interface RangeLike {
  start: number;
  end: number;
}

/** One attribution as scored: each role is a list of fragments (possibly empty). */
export type ScoredAttribution = Record<Role, readonly RangeLike[]>;

export interface ScoredArticle {
  text: string;
  gold: readonly ScoredAttribution[];
  predicted: readonly ScoredAttribution[];
}

export interface AttributionScores {
  exact: Record<Role | 'all', Prf>;
  overlap: Record<Role | 'all', Prf>;
  counts: { articles: number; gold: number; predicted: number };
}

// White space, punctuation and quote-like symbols (` ´ are modifier symbols, not punctuation).
const TRIM = /[\s\p{P}\p{Sk}]/u;
const WORD = /[^\s\p{P}\p{Sk}]+/gu;

/** Trims white space, punctuation and quote marks at both ends; a range that is only punctuation stays as it is. */
export function trimRange(text: string, range: RangeLike): RangeLike {
  const lo = Math.max(0, Math.min(range.start, text.length));
  const hi = Math.max(lo, Math.min(range.end, text.length));
  let start = lo;
  let end = hi;
  while (start < end && TRIM.test(text[start]!)) start++;
  while (end > start && TRIM.test(text[end - 1]!)) end--;
  return start === end ? { start: lo, end: hi } : { start, end };
}

/** Key of a role's fragments after trimming: equal keys mean an exact match. */
function exactKey(text: string, fragments: readonly RangeLike[]): string {
  return fragments
    .map((f) => trimRange(text, f))
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((r) => `${r.start}-${r.end}`)
    .join(',');
}

/**
 * Word tokens of a role, identified by their start offset: words are separated by white space and
 * punctuation. A role with no word (a bare ":" cue) is represented by its non-space characters.
 */
export function roleTokens(text: string, fragments: readonly RangeLike[]): Set<number> {
  const tokens = new Set<number>();
  for (const f of fragments) {
    const start = Math.max(0, f.start);
    const slice = text.slice(start, Math.max(start, f.end));
    for (const m of slice.matchAll(WORD)) tokens.add(start + m.index);
  }
  if (tokens.size === 0) {
    for (const f of fragments) for (let i = Math.max(0, f.start); i < Math.min(f.end, text.length); i++) if (!/\s/u.test(text[i]!)) tokens.add(i);
  }
  return tokens;
}

function shared(a: Set<number>, b: Set<number>): number {
  let n = 0;
  for (const t of a) if (b.has(t)) n++;
  return n;
}

/** Counts one-to-one equal keys between two multisets. */
function multisetMatches(pred: readonly string[], gold: readonly string[]): number {
  const pool = new Map<string, number>();
  for (const g of gold) pool.set(g, (pool.get(g) ?? 0) + 1);
  let n = 0;
  for (const p of pred) {
    const left = pool.get(p) ?? 0;
    if (left > 0) {
      pool.set(p, left - 1);
      n++;
    }
  }
  return n;
}

interface Tokenized {
  roles: Record<Role, Set<number>>;
  keys: Record<Role, string>;
}

function tokenize(text: string, a: ScoredAttribution): Tokenized {
  const roles = {} as Record<Role, Set<number>>;
  const keys = {} as Record<Role, string>;
  for (const r of ROLES) {
    roles[r] = roleTokens(text, a[r]);
    keys[r] = a[r].length === 0 ? '' : exactKey(text, a[r]);
  }
  return { roles, keys };
}

/** Roles an attribution pair is judged on: no gold source means cue and content only. */
function judgedRoles(gold: Tokenized): Role[] {
  return ROLES.filter((r) => r !== 'source' || gold.roles.source.size > 0);
}

/**
 * Scores predicted against gold attributions, per role and for whole attributions, exact and
 * overlap, as defined in the project's evaluation README. Spans are pooled over all articles:
 * precision and recall are means (overlap) or ratios (exact) over every span in the corpus.
 */
export function scoreAttributions(articles: readonly ScoredArticle[]): AttributionScores {
  const exactCounts = Object.fromEntries([...ROLES, 'all'].map((r) => [r, { mp: 0, p: 0, mg: 0, g: 0 }])) as Record<Role | 'all', { mp: number; p: number; mg: number; g: number }>;
  const overlapP = Object.fromEntries([...ROLES, 'all'].map((r) => [r, [] as number[]])) as Record<Role | 'all', number[]>;
  const overlapR = Object.fromEntries([...ROLES, 'all'].map((r) => [r, [] as number[]])) as Record<Role | 'all', number[]>;
  let goldCount = 0;
  let predCount = 0;

  for (const article of articles) {
    const gold = article.gold.map((a) => tokenize(article.text, a));
    const pred = article.predicted.map((a) => tokenize(article.text, a));
    goldCount += gold.length;
    predCount += pred.length;

    for (const role of ROLES) {
      const g = gold.filter((a) => a.roles[role].size > 0);
      const p = pred.filter((a) => a.roles[role].size > 0);
      const m = multisetMatches(
        p.map((a) => a.keys[role]),
        g.map((a) => a.keys[role]),
      );
      const c = exactCounts[role];
      c.mp += m;
      c.mg += m;
      c.p += p.length;
      c.g += g.length;
      for (const pa of p) overlapP[role].push(Math.max(0, ...g.map((ga) => shared(pa.roles[role], ga.roles[role]))) / pa.roles[role].size);
      for (const ga of g) overlapR[role].push(Math.max(0, ...p.map((pa) => shared(pa.roles[role], ga.roles[role]))) / ga.roles[role].size);
    }

    const allCounts = exactCounts.all;
    allCounts.p += pred.length;
    allCounts.g += gold.length;
    const used = new Set<number>();
    for (const ga of gold) {
      const roles = judgedRoles(ga);
      const hit = pred.findIndex((pa, i) => !used.has(i) && roles.every((r) => pa.keys[r] === ga.keys[r]));
      if (hit >= 0) {
        used.add(hit);
        allCounts.mg++;
        allCounts.mp++;
      }
    }
    // A missing predicted role scores 0 against a gold role that exists.
    const ratio = (sharedN: number, size: number): number => (size === 0 ? 0 : sharedN / size);
    for (const pa of pred) {
      let best = 0;
      for (const ga of gold) best = Math.max(best, Math.min(...judgedRoles(ga).map((r) => ratio(shared(pa.roles[r], ga.roles[r]), pa.roles[r].size))));
      overlapP.all.push(best);
    }
    for (const ga of gold) {
      let best = 0;
      for (const pa of pred) best = Math.max(best, Math.min(...judgedRoles(ga).map((r) => ratio(shared(pa.roles[r], ga.roles[r]), ga.roles[r].size))));
      overlapR.all.push(best);
    }
  }

  const exact = {} as Record<Role | 'all', Prf>;
  const overlap = {} as Record<Role | 'all', Prf>;
  for (const r of [...ROLES, 'all'] as const) {
    const c = exactCounts[r];
    exact[r] = prfFromCounts(c.mp, c.p, c.mg, c.g);
    const precision = mean(overlapP[r]);
    const recall = mean(overlapR[r]);
    overlap[r] = { precision, recall, f1: f1Of(precision, recall) };
  }
  return { exact, overlap, counts: { articles: articles.length, gold: goldCount, predicted: predCount } };
}
