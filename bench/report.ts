import os from 'node:os';
import type { HttpResult } from './http.bench.js';
import type { ExtractResult, IngestResult } from './ingest.bench.js';
import type { QueryBenchResult } from './query.bench.js';
import { fixed, table } from './support/stats.js';

export interface BenchResults {
  startedAt: string;
  finishedAt?: string;
  argv: string[];
  machine: { cpus: number; cpuModel: string; memGb: number; node: string; loadAvgAtStart: number[]; loadAvgAtEnd?: number[] };
  extract: ExtractResult[];
  ingest: IngestResult[];
  query: QueryBenchResult | null;
  http: HttpResult[];
}

export function machine(): BenchResults['machine'] {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    loadAvgAtStart: os.loadavg().map((n) => +n.toFixed(1)),
  };
}

const ms = (n: number | undefined): string => (n === undefined ? 'n/a' : fixed(n, n < 10 ? 1 : 0));
const ratio = (a: number | undefined, b: number | undefined): string => (a && b ? `${fixed(a / b, 2)}x` : 'n/a');

/** The results as the markdown tables docs/BENCHMARKS.md quotes. */
export function toMarkdown(r: BenchResults): string {
  const out: string[] = [
    `Run ${r.startedAt} -> ${r.finishedAt ?? '?'}; ${r.machine.cpus} cores (${r.machine.cpuModel}), ${r.machine.memGb} GB, Node ${r.machine.node}; load average at start ${r.machine.loadAvgAtStart.join(' / ')}${r.machine.loadAvgAtEnd ? `, at end ${r.machine.loadAvgAtEnd.join(' / ')}` : ''}. Args: \`${r.argv.join(' ') || '(quick)'}\``,
    '',
  ];
  if (r.extract.length) {
    out.push('### Extraction alone (parse + extractors, no database)', '');
    out.push(table(
      ['articles', 'articles/s', 'ms/article p50', 'p99', 'cold start ms', 'words', 'actors', 'claims', 'stances', 'peak RSS MB', 'peak heap MB'],
      r.extract.map((e) => [e.scale, fixed(e.perSecond, 2), ms(e.msP50), ms(e.msP99), ms(e.coldStartMs), fixed(e.avg.words, 0), fixed(e.avg.actors), fixed(e.avg.claims), fixed(e.avg.stances), e.peakRssMb, e.peakHeapMb]),
    ));
    const last = r.extract.at(-1)!;
    out.push('', `Share of extraction time by stage (${last.scale} articles): ${Object.entries(last.stages).map(([k, v]) => `${k} ${fixed(v * 100, 0)}%`).join(', ')}.`, '');
  }
  for (const ingest of r.ingest) {
    out.push(`### End to end into Neo4j: ${ingest.start ? `${ingest.start} -> ` : ''}${ingest.scale} articles, ${ingest.workers} extraction worker(s)`, '');
    out.push(table(
      ['articles', 'seconds', 'articles/s', 'share in Neo4j tx', 'failures', 'peak RSS MB (node)', 'peak heap MB', 'peak RSS MB (Neo4j JVM)'],
      [[ingest.scale - ingest.start, fixed(ingest.seconds, 0), fixed(ingest.perSecond, 2), `${fixed(ingest.dbShare * 100, 0)}%`, ingest.failures, ingest.peakRssMb, ingest.peakHeapMb, ingest.neo4jPeakRssMb ?? 'n/a']],
    ));
    out.push('', 'Cost per article as the graph grows:', '');
    out.push(table(
      ['graph size (articles)', 'batch ended (UTC)', 'articles/s', 'ms/article', 'of which in Neo4j tx'],
      ingest.batches.map((b) => [b.upTo, b.endedAt.slice(11, 19), fixed(b.perSecond, 2), ms(b.msPerArticle), ms(b.dbMsPerArticle)]),
    ));
    out.push('', `Graph: ${Object.entries(ingest.counts).map(([k, v]) => `${k} ${v}`).join(', ')}.${ingest.firstFailure ? ` First failure: ${ingest.firstFailure}` : ''}`, '');
  }
  if (r.query) {
    const q = r.query;
    out.push(`### Analyst queries (${q.articles} articles; ${q.iterations} measured rounds after ${q.warmup} warm-up, interleaved)`, '');
    out.push(table(
      ['query', 'floor p50', 'floor p99', 'claimgraph p50', 'claimgraph p99', 'peer p50', 'peer p99', 'claimgraph/floor p50', 'p99', 'peer/claimgraph p50', 'p99'],
      q.cases.map((c) => {
        const { floor, claimgraph, peer } = c.latency;
        return [c.name, ms(floor?.p50), ms(floor?.p99), ms(claimgraph?.p50), ms(claimgraph?.p99), ms(peer?.p50), ms(peer?.p99),
          ratio(claimgraph?.p50, floor?.p50), ratio(claimgraph?.p99, floor?.p99), ratio(peer?.p50, claimgraph?.p50), ratio(peer?.p99, claimgraph?.p99)];
      }),
    ));
    out.push('', 'Answer sizes (JSON bytes, first measured run) and errors:', '');
    out.push(table(['query', 'floor', 'claimgraph', 'peer', 'errors', 'peer differs by'], q.cases.map((c) => [
      c.name, c.latency.floor?.bytes ?? 'n/a', c.latency.claimgraph?.bytes ?? 'n/a', c.latency.peer?.bytes ?? 'n/a',
      Object.entries(c.latency).filter(([, l]) => l && l.errors).map(([k, l]) => `${k}: ${l!.errors} (${l!.firstError})`).join('; ') || '0', c.peerNote,
    ])));
    for (const [i, profiled] of q.profiles.entries()) {
      out.push('', `### PROFILE of ${i === 0 ? 'the slowest claimgraph query' : 'claimgraph query'}: ${profiled.name}`, '');
      out.push(table(['statement', 'db hits', 'rows', 'ms'], profiled.statements.map((s) => [`\`${s.cypher.replace(/\s+/g, ' ').slice(0, 90)}...\``, s.dbHits, s.rows, ms(s.ms)])));
      const own = profiled.statements.filter((s) => !s.cypher.startsWith('-- floor --'));
      const worst = [...own].sort((a, b) => b.dbHits - a.dbHits)[0] ?? profiled.statements[0]!;
      out.push('', `Operators of claimgraph's statement with the most db hits (${worst.dbHits}):`, '', '```cypher', worst.cypher, '```', '');
      out.push(table(['operator', 'rows', 'db hits', 'details'], worst.operators.map((o) => [`${'. '.repeat(o.depth)}${o.operator}`, o.rows, o.dbHits, o.details.replace(/\|/g, '/')])));
    }
    out.push('');
  }
  if (r.http.length) {
    out.push('### HTTP on loopback (autocannon)', '');
    out.push(table(['workload', 'connections', 'seconds', 'req/s', 'p50 ms', 'p99 ms', 'max ms', 'requests', 'errors', 'non-2xx'],
      r.http.map((h) => [h.name, h.connections, h.seconds, fixed(h.requestsPerSecond, 0), h.p50, h.p99, h.max, h.requests, h.errors, h.non2xx])));
    out.push('');
  }
  return out.join('\n');
}
