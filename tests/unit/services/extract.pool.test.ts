import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/ingest/pipeline.js';
import { ExtractionPool } from '../../../src/services/extract.pool.js';

const seed = readFileSync(new URL('../../../seeds/us-security-guarantees-donbas.clashreport.txt', import.meta.url), 'utf8');
/** Sentences of 240 words with a quote each: extraction takes about a minute on this machine. */
const hostile = `Title\n\n${('word, '.repeat(240) + '"quote," said Bob. ').repeat(4000)}`;

describe('the extraction pool', () => {
  const pool = new ExtractionPool({ workers: 1, timeoutMs: 3_000, heapMb: 1_024 });
  afterAll(() => pool.close());

  it('extracts in a worker exactly what the pipeline extracts in process', async () => {
    const extraction = await pool.run({ content: seed });
    expect(extraction.claims.length).toBeGreaterThan(0);
    expect(extraction).toEqual(extractArticle({ content: seed }));
  }, 60_000);

  it('stops an article at its deadline with TIMEOUT while the event loop keeps running, then extracts the next one', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 50);
    const started = performance.now();
    const error = await pool.run({ content: hostile }).then(
      () => null,
      (e: Error & { code?: string }) => e,
    );
    clearInterval(timer);
    expect(error?.code).toBe('TIMEOUT');
    expect(error?.message).toMatch(/longer than 3000 ms/);
    expect(performance.now() - started).toBeLessThan(30_000);
    // Extraction on the event loop would have starved the timer for the whole three seconds.
    expect(ticks).toBeGreaterThan(10);
    const next = await pool.run({ content: seed });
    expect(next.claims.length).toBeGreaterThan(0);
  }, 60_000);

  it('fails the running and the queued article once closed, and refuses new ones', async () => {
    const closing = new ExtractionPool({ workers: 1, timeoutMs: 60_000, heapMb: 1_024 });
    const runs = [closing.run({ content: seed }), closing.run({ content: seed })].map((run) => expect(run).rejects.toThrow(/closed/));
    await closing.close();
    await Promise.all(runs);
    await expect(closing.run({ content: seed })).rejects.toThrow(/closed/);
  });

  it('extracts on the calling thread when it has no workers', async () => {
    const inline = new ExtractionPool({ workers: 0, timeoutMs: 1_000, heapMb: 1_024 });
    expect(await inline.run({ content: seed })).toEqual(extractArticle({ content: seed }));
  });
});
