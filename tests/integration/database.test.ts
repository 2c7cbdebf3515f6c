import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../src/graph/schema.js';
import { openTestDb, type TestDb } from '../helpers/db.js';

let db: TestDb;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(() => db.close());

describe('the real Neo4j', () => {
  it('is a Neo4j 5 server reached over Bolt', async () => {
    const info = await db.driver.getServerInfo();
    expect(info.agent).toMatch(/^Neo4j\/5\./);
  });

  it.skipIf(process.env.TEST_NEO4J_URI)('runs the embedded Neo4j with the transaction-log retention it was started with', async () => {
    const settings = await db.executor.read<{ name: string; value: string }>(
      'SHOW SETTINGS YIELD name, value WHERE name IN $names RETURN name, value ORDER BY name',
      { names: ['db.tx_log.rotation.retention_policy', 'db.tx_log.rotation.size'] },
    );
    expect(settings).toEqual([
      { name: 'db.tx_log.rotation.retention_policy', value: '1 files' },
      { name: 'db.tx_log.rotation.size', value: '16.00MiB' },
    ]);
  });

  it('applies the schema idempotently: a second run changes nothing', async () => {
    const before = await db.executor.read<{ name: string }>('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name');
    await applySchema(db.executor);
    const after = await db.executor.read<{ name: string }>('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name');
    expect(after).toEqual(before);
    expect(after.map((c) => c.name)).toEqual(expect.arrayContaining(['article_id', 'actor_id', 'claim_id', 'stance_id']));
    const fulltext = await db.executor.read<{ name: string }>("SHOW INDEXES YIELD name, type WHERE type = 'FULLTEXT' RETURN name");
    expect(fulltext.map((i) => i.name)).toEqual(expect.arrayContaining(['actor_names', 'claim_texts']));
  });

  it('enforces uniqueness, reported as a CONFLICT error', async () => {
    await db.clear();
    await db.executor.write('CREATE (:Actor {id: $id})', { id: 'dup' });
    await expect(db.executor.write('CREATE (:Actor {id: $id})', { id: 'dup' })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('rolls back every statement of a failed write transaction', async () => {
    await db.clear();
    await expect(
      db.executor.writeTx(async (tx) => {
        await tx.run('CREATE (:Article {id: $id})', { id: 'a1' });
        await tx.run('CREATE (:Actor {id: $id})', { id: 'x' });
        await tx.run('CREATE (:Actor {id: $id})', { id: 'x' });
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const [row] = await db.executor.read<{ n: number }>('MATCH (n) RETURN count(n) AS n');
    expect(row?.n).toBe(0);
  });

  it('stops a query that exceeds the transaction timeout with a TIMEOUT error', async () => {
    const { CypherExecutor } = await import('../../src/graph/executor.js');
    const impatient = new CypherExecutor(db.driver, { timeoutMs: 200 });
    await expect(impatient.read('UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 99 RETURN count(x) AS n')).rejects.toMatchObject({ code: 'TIMEOUT' });
  });

  it('logs each statement, flattened, at debug level and not above it', async () => {
    const { CypherExecutor } = await import('../../src/graph/executor.js');
    const { pino } = await import('pino');
    const lines: { msg: string; cypher?: string; rows?: number }[] = [];
    const sink = { write: (line: string) => lines.push(JSON.parse(line)) };
    await new CypherExecutor(db.driver, { logger: pino({ level: 'info' }, sink) }).read('RETURN\n  1 AS n');
    expect(lines).toEqual([]);
    await new CypherExecutor(db.driver, { logger: pino({ level: 'debug' }, sink) }).read('RETURN\n  1 AS n');
    expect(lines).toEqual([expect.objectContaining({ msg: 'cypher', cypher: 'RETURN 1 AS n', rows: 1 })]);
  });
});
