import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Extraction } from '../domain/extraction.js';
import { extractArticle } from '../ingest/pipeline.js';
import { type ActorDecision, ActorResolver } from '../ingest/resolve/actor.resolver.js';
import { formatTable, roundFigures } from './metrics.js';
import type { EvalTask } from './task.js';
import { ACTOR_CHAIN_TYPES, type CorefDocument, type GoldMention, readNewsWcl } from './xdoc.data.js';
import { type Clustering, type CorefCounts, type CorefScores, ZERO_COUNTS, addCounts, corefCounts, scoresOf } from './xdoc.score.js';

/** Where each gold mention went: the resolved actor it overlaps, or null (a singleton). */
interface Assignment {
  mention: GoldMention;
  actorId: string | null;
  /** The same, with organisations and groups that act for a state or bloc counted as it. */
  stateLevelId: string | null;
  extracted: string | null;
  reason: string | null;
}

/** Maps offsets in the parsed article text back to the text we gave it, line by line; null off any line found. */
function offsetMap(parsed: string, original: string): (offset: number) => number | null {
  const lines: { at: number; found: number; length: number }[] = [];
  let from = 0;
  let at = 0;
  for (const line of parsed.split('\n')) {
    const found = original.indexOf(line, from);
    if (found >= 0) {
      lines.push({ at, found, length: line.length });
      from = found + line.length;
    }
    at += line.length + 1;
  }
  return (offset) => {
    const line = lines.find((l) => offset >= l.at && offset <= l.at + l.length);
    return line ? line.found + (offset - line.at) : null;
  };
}

interface Resolved {
  extraction: Extraction;
  decisions: Map<string, ActorDecision>;
}

interface TopicResolution {
  docs: Map<string, Resolved>;
  /** Graph id -> the state or bloc it acts for, for non-person actors (see `stateLevel`). */
  actsFor: Map<string, string>;
}

const COLLAPSIBLE = new Set(['ORGANIZATION', 'GROUP', 'ANONYMOUS_SOURCE']);

/**
 * Resolves every document of a topic in order with one resolver, as the graph layer would, and
 * collects which organisations and groups act for a state or bloc: the resolver's PART_OF
 * (the White House) and the extraction's PART_OF / MEMBER_OF / AFFILIATED_WITH ("European
 * officials" AFFILIATED_WITH the European Union). People are never folded into their state.
 */
function resolveTopic(docs: readonly CorefDocument[]): TopicResolution {
  const resolver = new ActorResolver();
  const out = new Map<string, Resolved>();
  const actsFor = new Map<string, string>();
  for (const doc of docs) {
    const extraction = extractArticle({ content: doc.text, format: 'text', id: doc.id });
    const { decisions } = resolver.resolve(extraction.actors, doc.id);
    const byKey = new Map(decisions.map((d) => [d.key, d]));
    for (const d of decisions) {
      for (const r of d.relations) if (!actsFor.has(d.id) && COLLAPSIBLE.has(d.type)) actsFor.set(d.id, r.to);
    }
    for (const r of extraction.actorRelations) {
      const from = byKey.get(r.from);
      const to = byKey.get(r.to);
      if (from && to && COLLAPSIBLE.has(from.type) && (to.type === 'STATE' || to.type === 'ORGANIZATION') && !actsFor.has(from.id)) actsFor.set(from.id, to.id);
    }
    out.set(doc.id, { extraction, decisions: byKey });
  }
  return { docs: out, actsFor };
}

/** The outermost state or bloc an actor acts for (a few hops at most), or the actor itself. */
function stateLevel(id: string, actsFor: ReadonlyMap<string, string>): string {
  let current = id;
  for (let hops = 0; hops < 4; hops++) {
    const next = actsFor.get(current);
    if (!next || next === id) break;
    current = next;
  }
  return current;
}

function assign(doc: CorefDocument, resolved: Resolved, actsFor: ReadonlyMap<string, string>): Assignment[] {
  const toOriginal = offsetMap(resolved.extraction.article.text, doc.text);
  const spans: { start: number; end: number; key: string }[] = [];
  for (const actor of resolved.extraction.actors) {
    for (const m of actor.mentions) {
      const start = toOriginal(m.start);
      const end = toOriginal(m.end);
      if (start !== null && end !== null) spans.push({ start, end, key: actor.key });
    }
  }
  return doc.mentions.map((mention) => {
    // Any overlap links (the task's rule); among several, one that covers the head word wins
    // ("President Donald Trump" over "US" in "US President Donald Trump"), then the larger overlap.
    const [headStart, headEnd] = mention.wordSpans[headIndex(mention.words)] ?? [mention.start, mention.end];
    let best: { key: string; head: boolean; overlap: number; length: number } | null = null;
    for (const s of spans) {
      const overlap = Math.min(s.end, mention.end) - Math.max(s.start, mention.start);
      if (overlap <= 0) continue;
      const head = s.start < headEnd && s.end > headStart;
      const length = s.end - s.start;
      const better = !best || (head !== best.head ? head : overlap !== best.overlap ? overlap > best.overlap : length < best.length);
      if (better) best = { key: s.key, head, overlap, length };
    }
    const decision = best ? resolved.decisions.get(best.key) : undefined;
    if (!decision) return { mention, actorId: null, stateLevelId: null, extracted: null, reason: null };
    return { mention, actorId: decision.id, stateLevelId: stateLevel(decision.id, actsFor), extracted: decision.name, reason: decision.reason };
  });
}

const POSTMODIFIER_START = new Set(['of', 'to', 'for', 'from', 'in', 'at', 'with', 'on', 'who', 'that', 'which', ',']);

/** Index of a mention's head word: the last word before a post-modifier ("of", "to", "who", ...), else the last word. */
export function headIndex(words: readonly string[]): number {
  const cut = words.findIndex((w, i) => i > 0 && POSTMODIFIER_START.has(w.toLowerCase()));
  const upto = cut > 0 ? cut : words.length;
  for (let i = upto - 1; i >= 0; i--) if (/[\p{L}\p{N}]/u.test(words[i]!) && !/^['’]s$/i.test(words[i]!)) return i;
  return Math.max(0, words.length - 1);
}

/** Same-head-lemma baseline: mentions whose head word has the same lemma are one entity. */
export function headLemma(words: readonly string[]): string {
  const head = (words[headIndex(words)] ?? '').toLowerCase().replace(/\./g, '');
  if (head.length > 3 && head.endsWith('ies')) return `${head.slice(0, -3)}y`;
  if (head.length > 3 && head.endsWith('s') && !/(ss|us|is)$/.test(head)) return head.slice(0, -1);
  return head;
}

type View = 'system' | 'stateLevel' | 'baseline' | 'oracle';

function clusterings(assignments: readonly Assignment[], filter: (m: GoldMention) => boolean): { key: Clustering; views: Record<View, Clustering> } {
  const key = new Map<string, string>();
  const views: Record<View, Map<string, string>> = { system: new Map(), stateLevel: new Map(), baseline: new Map(), oracle: new Map() };
  for (const a of assignments) {
    if (!filter(a.mention)) continue;
    const id = a.mention.id;
    key.set(id, a.mention.chain);
    views.system.set(id, a.actorId ?? `single:${id}`);
    views.stateLevel.set(id, a.stateLevelId ?? `single:${id}`);
    views.baseline.set(id, `head:${headLemma(a.mention.words)}`);
    // Upper bound at this extraction coverage: every covered mention resolved to its gold chain.
    views.oracle.set(id, a.actorId ? a.mention.chain : `single:${id}`);
  }
  return { key, views };
}

async function datasetPath(path: string): Promise<string> {
  return (await stat(path)).isDirectory() ? join(path, 'dataset.conll') : path;
}

const PRONOUN = /^(he|she|it|they|him|her|them|his|its|their|we|our|us|i|my|me|you|your|who|which|that)$/i;

/** Why a gold mention found no extracted actor, roughly: a pronoun, a description ("the president") or a name. */
export function missKind(text: string): 'pronoun' | 'description' | 'name' {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 1 && PRONOUN.test(words[0]!)) return 'pronoun';
  const content = words.filter((w) => !/^(the|a|an|this|that|these|those|mr\.?|mrs\.?|ms\.?)$/i.test(w));
  return content.length > 0 && content.every((w) => /^\p{Lu}/u.test(w)) ? 'name' : 'description';
}

function scoreRow(label: string, s: CorefScores): (string | number)[] {
  return [label, String(s.mentions), s.muc.f1, s.b3.precision, s.b3.recall, s.b3.f1, s.ceafe.f1, s.conllF1];
}

export const xdocTask: EvalTask = {
  name: 'xdoc',
  description: 'NewsWCL50 dataset.conll (folder or file): cross-document actor coreference, MUC/B3/CEAF-e/CoNLL-F1 vs same-head-lemma',
  async run(path, options) {
    const docs = await readNewsWcl(await datasetPath(path));
    const topics = new Map<string, CorefDocument[]>();
    for (const doc of docs) topics.set(doc.topic, [...(topics.get(doc.topic) ?? []), doc]);
    const groups = ['all', ...ACTOR_CHAIN_TYPES] as const;
    const counts = new Map<string, CorefCounts>();
    const add = (name: string, c: CorefCounts): void => {
      counts.set(name, addCounts(counts.get(name) ?? ZERO_COUNTS, c));
    };
    const all: Assignment[] = [];
    const perTopic: Record<string, number> = {};
    let crossDocMerges = 0;
    for (const [topic, topicDocs] of [...topics].sort(([a], [b]) => a.localeCompare(b))) {
      const resolved = resolveTopic(topicDocs);
      for (const r of resolved.docs.values()) crossDocMerges += [...r.decisions.values()].filter((d) => d.action === 'matched').length;
      const assignments = topicDocs.flatMap((doc) => assign(doc, resolved.docs.get(doc.id)!, resolved.actsFor));
      all.push(...assignments);
      for (const group of groups) {
        const { key, views } = clusterings(assignments, (m) => group === 'all' || m.type === group);
        for (const view of Object.keys(views) as View[]) add(`${view}:${group}`, corefCounts(key, views[view]));
      }
      const { key, views } = clusterings(assignments, () => true);
      perTopic[topic] = scoresOf(corefCounts(key, views.system)).conllF1;
    }
    if (options.predictions) {
      await writeFile(options.predictions, all.map((a) => JSON.stringify({ doc: a.mention.docId, start: a.mention.start, mention: a.mention.text, chain: a.mention.chain, actor: a.actorId, name: a.extracted, reason: a.reason })).join('\n') + '\n');
    }
    const score = (view: View, group: string): CorefScores => scoresOf(counts.get(`${view}:${group}`) ?? ZERO_COUNTS);
    const covered = all.filter((a) => a.actorId !== null).length;
    const misses = new Map<string, Map<string, number>>();
    for (const a of all) {
      if (a.actorId) continue;
      const kind = missKind(a.mention.text);
      const byText = misses.get(kind) ?? new Map<string, number>();
      byText.set(a.mention.text, (byText.get(a.mention.text) ?? 0) + 1);
      misses.set(kind, byText);
    }
    const missLine = (kind: string): string => {
      const byText = misses.get(kind) ?? new Map<string, number>();
      const total = [...byText.values()].reduce((x, y) => x + y, 0);
      const top = [...byText].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).slice(0, 8).map(([t, c]) => `${t} (${c})`);
      return `  ${kind.padEnd(11)} ${String(total).padStart(5)}  e.g. ${top.join(', ')}`;
    };
    const lines = [
      `NewsWCL50 cross-document actor coreference: ${docs.length} documents, ${topics.size} topic(s), ${all.length} gold ACTOR/COUNTRY/GROUP mentions`,
      `gold mentions overlapping an extracted actor: ${covered} (${((100 * covered) / Math.max(1, all.length)).toFixed(1)}%); cross-document resolver merges: ${crossDocMerges}`,
      'gold mentions no extracted actor overlaps (singletons), by kind:',
      ...['name', 'description', 'pronoun'].filter((k) => misses.has(k)).map(missLine),
      '',
      ...formatTable(
        ['system / type', 'mentions', 'MUC F1', 'B3 P', 'B3 R', 'B3 F1', 'CEAF-e F1', 'CoNLL-F1'],
        [
          ...groups.map((g) => scoreRow(`resolver ${g}`, score('system', g))),
          ...groups.map((g) => scoreRow(`resolver, state level ${g}`, score('stateLevel', g))),
          ...groups.map((g) => scoreRow(`same-head-lemma ${g}`, score('baseline', g))),
          ...groups.map((g) => scoreRow(`oracle resolution ${g}`, score('oracle', g))),
        ],
      ),
      '',
      `per topic CoNLL-F1 (resolver, all): ${Object.entries(perTopic).map(([t, f]) => `${t}=${(f * 100).toFixed(1)}`).join(' ')}`,
    ];
    const figures = (view: View): Record<string, unknown> => Object.fromEntries(groups.map((g) => {
      const s = score(view, g);
      return [g, { muc: s.muc, b3: s.b3, ceafe: s.ceafe, conllF1: s.conllF1, mentions: s.mentions }];
    }));
    return {
      lines,
      figures: roundFigures({
        task: 'xdoc',
        documents: docs.length,
        topics: [...topics.keys()],
        mentions: all.length,
        coverage: covered / Math.max(1, all.length),
        conllF1: score('system', 'all').conllF1,
        stateLevelConllF1: score('stateLevel', 'all').conllF1,
        baselineConllF1: score('baseline', 'all').conllF1,
        oracleConllF1: score('oracle', 'all').conllF1,
        resolver: figures('system'),
        resolverStateLevel: figures('stateLevel'),
        sameHeadLemma: figures('baseline'),
        oracleResolution: figures('oracle'),
      }),
    };
  },
};
