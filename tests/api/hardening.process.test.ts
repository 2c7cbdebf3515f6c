import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openTestDb, type TestDb } from '../helpers/db.js';

// These tests run the built command line (dist/), as production does. `npm test` builds first.
const MAIN = path.resolve('dist/src/cli/main.js');
const NEWEST_SOURCE = ['src/app.ts', 'src/api/http.ts', 'src/services/input.validate.ts'].map((f) => statSync(f).mtimeMs);

let db: TestDb;
let work: string;

function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_USER: process.env.TEST_NEO4J_USER ?? 'neo4j', NEO4J_PASSWORD: process.env.TEST_NEO4J_PASSWORD ?? 'unused', PORT: '0', LOG_LEVEL: 'info', SEEDS_DIR: path.join(work, 'no-seeds'), ...extra };
}

beforeAll(async () => {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run "npm run build" (npm test does) before these tests`);
  const built = statSync(MAIN).mtimeMs;
  if (!existsSync('dist/src/services/input.validate.js') || NEWEST_SOURCE.some((m) => m > statSync('dist/src/app.js').mtimeMs && m > built)) {
    throw new Error('dist/ is older than src/: run "npm run build" before these tests');
  }
  db = await openTestDb();
  await db.clear();
  work = mkdtempSync(path.join(tmpdir(), 'claimgraph-hardening-'));
  mkdirSync(path.join(work, 'no-seeds'));
});
afterAll(async () => {
  await db?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function nodeCount(): Promise<number> {
  const [row] = await db.executor.read<{ n: number }>('MATCH (n) RETURN count(n) AS n');
  return row!.n;
}

describe('claimgraph ingest (command line) with bad files', () => {
  it('reports each bad file with its reason, loads the good one, writes nothing for the bad ones and exits 1', async () => {
    const dir = path.join(work, 'articles');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'a-good.md'), '---\ntitle: Talks\noutlet: Reuters\n---\n# Talks\n\nPresident Emmanuel Macron said France would back the ceasefire plan.\n');
    writeFileSync(path.join(dir, 'b-empty.txt'), '   \n\n ');
    writeFileSync(path.join(dir, 'c-binary.txt'), Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919 + 13) % 256)));
    writeFileSync(path.join(dir, 'd-huge.txt'), 'The minister said the talks would continue. '.repeat(70_000));
    writeFileSync(path.join(dir, 'e-bomb.md'), '---\na: &a [x, x, x]\nb: &b [*a, *a, *a]\n---\nThe minister said so.\n');
    writeFileSync(path.join(dir, 'f-eval.md'), "---js\n{ title: (require('fs').writeFileSync('PWNED', 'x'), 'owned') }\n---\nThe minister said so.\n");
    writeFileSync(path.join(dir, 'g-latin1.txt'), Buffer.from('Le ministre a d\xe9clar\xe9 que la r\xe9forme \xe9tait n\xe9cessaire, a d\xe9clar\xe9 Reuters. '.repeat(5), 'latin1'));
    const before = await nodeCount();
    const run = spawnSync(process.execPath, [MAIN, 'ingest', dir], { env: env(), encoding: 'utf8', timeout: 120_000 });
    const out = run.stdout;
    expect(run.status, out + run.stderr).toBe(1);
    expect(out).toMatch(/a-good\.md: created /);
    expect(out).toMatch(/b-empty\.txt: FAILED: .*no readable text/);
    expect(out).toMatch(/c-binary\.txt: FAILED: .*(replacement characters|NUL|control characters)/);
    expect(out).toMatch(/d-huge\.txt: FAILED: the article is 2\.9 MB \(3080000 bytes\), above the limit of 2\.0 MB \(MAX_ARTICLE_BYTES\)/);
    expect(out).toMatch(/e-bomb\.md: FAILED: .*anchors, aliases/);
    expect(out).toMatch(/f-eval\.md: FAILED: .*only YAML front matter/);
    expect(out).toMatch(/g-latin1\.txt: FAILED: .*re-encode it as UTF-8/);
    expect(existsSync('PWNED')).toBe(false);
    const [row] = await db.executor.read<{ n: number }>('MATCH (a:Article) RETURN count(a) AS n');
    expect(row!.n).toBe(1);
    expect(await nodeCount()).toBeGreaterThan(before);
  }, 150_000);
});

describe('claimgraph serve and SIGTERM', () => {
  let child: ChildProcess | null = null;
  afterAll(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
  });

  it('drains the in-flight request, refuses new connections, then exits 0', async () => {
    child = spawn(process.execPath, [MAIN, 'serve'], { env: env({ SHUTDOWN_GRACE_MS: '30000' }), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    const deadline = Date.now() + 90_000;
    while (!/GraphQL:\s+(\S+)/.test(stdout)) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`serve did not start:\n${stdout}\n${stderr.slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const endpoint = /GraphQL:\s+(\S+)/.exec(stdout)![1]!;
    const gql = async (query: string, variables?: Record<string, unknown>): Promise<{ status: number; body: any }> => {
      const response = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      return { status: response.status, body: await response.json() };
    };
    const ingested = await gql('mutation($i: ArticleInput!) { ingestArticle(input: $i) { articleId } }', {
      i: { content: 'Chancellor Olaf Scholz said Germany would back the plan, Reuters reported.', id: 'sigterm-1' },
    });
    expect(ingested.body.errors).toBeUndefined();
    const [actor] = await db.executor.read<{ id: string }>(`MATCH (a:Actor)-[:MENTIONED_IN]->(:Article {id: 'sigterm-1'}) RETURN a.id AS id LIMIT 1`);

    // A slow request: the mutation waits on a lock this test holds.
    const session = db.driver.session();
    const tx = session.beginTransaction();
    await tx.run('MATCH (a:Actor {id: $id}) SET a.lockedByTest = true', { id: actor!.id });
    const slow = gql('mutation($id: ID!) { addAlias(actorId: $id, alias: "Drained Alias") { id aliases } }', { id: actor!.id });
    for (let i = 0; ; i++) {
      const { records } = await db.driver.executeQuery(`SHOW TRANSACTIONS YIELD status WHERE status STARTS WITH 'Blocked' RETURN count(*) AS n`);
      if (Number(records[0]!.get('n')) > 0) break;
      if (i > 100) throw new Error('the mutation never blocked on the lock');
      await new Promise((r) => setTimeout(r, 100));
    }
    child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1_000));
    expect(child.exitCode).toBeNull();
    await expect(fetch(endpoint.replace('/graphql', '/health'))).rejects.toThrow();
    await tx.rollback();
    await session.close();

    const done = await slow;
    expect(done.status).toBe(200);
    expect(done.body.errors).toBeUndefined();
    expect(done.body.data.addAlias.aliases).toContain('Drained Alias');
    expect(await exited).toBe(0);
    expect(stderr).toMatch(/SIGTERM received: stopping/);
  }, 150_000);
});
