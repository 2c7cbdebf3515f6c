import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Explorer } from '../../web/src/explorer.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

declare global {
  interface Window {
    __explorer: Explorer;
  }
}

const ROOT = path.resolve(import.meta.dirname, '../..');
const WEB = path.join(ROOT, 'web');
const DIST_INDEX = path.join(WEB, 'dist', 'index.html');
const SHOTS = path.join(ROOT, 'test-results', 'explorer');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Newest modification time under the explorer's sources. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds web/dist when it is missing or older than its sources (`npm test` builds it first anyway). */
function ensureBuilt(): void {
  if (existsSync(DIST_INDEX) && statSync(DIST_INDEX).mtimeMs >= newestSource(WEB)) return;
  execFileSync('npm', ['run', 'build:web', '--silent'], { cwd: ROOT, stdio: 'pipe' });
}

describe('the explorer in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];

  const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  const idle = () => page.evaluate(() => window.__explorer.idle());

  /** Chooses an export menu item; resolves to the downloaded file, or fails with the explorer's error toast. */
  const exported = async (item: string): Promise<string> => {
    await page.click('.menu > summary');
    const download = page.waitForEvent('download', { timeout: 20_000 });
    const toast = page.waitForSelector('.toast', { timeout: 20_000 }).then(async (el) => Promise.reject(new Error(`export ${item} failed: ${await el.textContent()}`)));
    // Whichever loses the race times out later; that must not surface as an unhandled rejection.
    download.catch(() => undefined);
    toast.catch(() => undefined);
    await page.click(`[data-export="${item}"]`);
    const file = await Promise.race([download, toast]);
    const saved = await file.path();
    expect(saved).toBeTruthy();
    return saved!;
  };

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
    ensureBuilt();
    mkdirSync(SHOTS, { recursive: true });
    server = await startTestServer({ seed: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(server.url) && !/^(data|blob):/.test(url)) foreignRequests.push(url);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows a search box, starting points and a polarity legend on the home page', async () => {
    await page.goto(`${server.url}/`);
    await page.waitForSelector('.empty-state .chip');
    const legend = await page.textContent('.legend');
    for (const word of ['supports', 'opposes', 'conditional', 'neutral', 'cites']) expect(legend).toContain(word);
    await shot('01-home');
  });

  it('finds an actor from the seeds by name and opens its graph', async () => {
    await page.fill('.search-input', 'Zelenskyy');
    const result = page.locator('.result[data-type="ACTOR"]').first();
    await result.waitFor();
    expect(await result.textContent()).toContain('Zelenskyy');
    await shot('02-search');
    await result.click();
    // The first neighbourhood query of a fresh database can take many seconds (query planning).
    await page.waitForFunction(() => window.__explorer.graph.cy.nodes().length > 1, null, { timeout: 45_000 });
    await idle();
    await page.waitForSelector('.actor-panel .panel-head h2');
    expect(await page.textContent('.actor-panel .panel-head h2')).toContain('Zelenskyy');
    const stanceEdges = await page.evaluate(() => window.__explorer.graph.stanceEdges().length);
    expect(stanceEdges).toBeGreaterThan(0);
    await shot('03-actor-graph');
  });

  it('shows the actor view: stances over time with reversals counted, agreements and conflicts', async () => {
    await page.waitForSelector('.actor-panel .timeline .stance-row');
    const text = await page.textContent('.actor-panel');
    expect(text).toMatch(/Stances over time \(\d+\)/);
    expect(text).toMatch(/No reversals|\d+ reversals?/);
    expect(text).toContain('Agreements and conflicts');
    expect(text).toMatch(/Conflicts/);
    expect(await page.locator('.timeline-strip .tl-dot').count()).toBeGreaterThan(0);
  });

  it('expands a clicked node and merges its neighbours into the view', async () => {
    const before = await page.evaluate(() => window.__explorer.graph.cy.nodes().map((n) => n.id()));
    const target = await page.evaluate(() => window.__explorer.graph.cy.nodes('[type = "CLAIM"]:not(.expanded)').first().id() ?? window.__explorer.graph.cy.nodes(':not(.expanded)').first().id());
    expect(target).toBeTruthy();
    // A real click on the canvas at the node's rendered position.
    const box = await page.locator('#cy').boundingBox();
    const pos = await page.evaluate((id) => window.__explorer.graph.cy.getElementById(id).renderedPosition(), target);
    await page.mouse.click(box!.x + pos.x, box!.y + pos.y);
    await page.mouse.move(box!.x + 5, box!.y + box!.height / 2);
    await page.waitForFunction((id) => window.__explorer.graph.cy.getElementById(id).hasClass('expanded'), target);
    await idle();
    const after = await page.evaluate(() => window.__explorer.graph.cy.nodes().map((n) => n.id()));
    expect(after).toEqual(expect.arrayContaining(before));
    expect(new Set(after).size).toBe(after.length);
    await page.waitForSelector('.claim-panel .panel-head, .actor-panel .panel-head');
    await shot('04-expanded');
  });

  it('marks a stance edge’s evidence inside its article text and scrolls it into view', async () => {
    const edgeId = await page.evaluate(() => window.__explorer.graph.stanceEdges()[0]!.stanceId ?? window.__explorer.graph.stanceEdges()[0]!.id);
    const edge = await page.evaluate(() => window.__explorer.graph.stanceEdges()[0]!);
    await page.evaluate((id) => window.__explorer.selectEdge(id), edge.id);
    await page.waitForSelector('.evidence-panel #evidence-mark');
    await idle();
    await page.waitForTimeout(600); // the smooth scroll

    const { data } = await server.gql<{ stances: { nodes: { id: string; evidence: { text: string; start: number }; article: { text: string } }[] } }>(
      'query($a: ID) { stances(actorId: $a, first: 100, includeRejected: true) { nodes { id evidence { text start } article { text } } } }',
      { a: edge.source },
    );
    const stance = data!.stances.nodes.find((s) => s.id === edgeId)!;
    expect(stance).toBeTruthy();
    const mark = page.locator('.article-text > mark#evidence-mark');
    expect(await mark.count()).toBe(1);
    expect(await mark.textContent()).toBe(stance.evidence.text);
    // The whole article is rendered, with the mark at the evidence's offset.
    expect(await page.textContent('.article-text')).toBe(stance.article.text);
    const offset = await page.evaluate(() => {
      const root = document.querySelector('.article-text')!;
      const range = document.createRange();
      range.setStart(root, 0);
      range.setEndBefore(document.getElementById('evidence-mark')!);
      return range.toString().length;
    });
    expect(offset).toBe(stance.evidence.start);
    const [markBox, articleBox] = await Promise.all([mark.boundingBox(), page.locator('.article-box').boundingBox()]);
    expect(markBox!.y + 4).toBeGreaterThanOrEqual(articleBox!.y);
    expect(markBox!.y).toBeLessThan(articleBox!.y + articleBox!.height);
    const panel = await page.textContent('.evidence-panel');
    expect(panel).toContain('Attribution chain');
    expect(panel).toMatch(/Outlet/);
    expect(panel).toMatch(/Published\s*\d{1,2} \w{3} \d{4}/);
    await shot('05-evidence');
  });

  it('traces a claim across reports in time order with the first report and independent origins', async () => {
    const claimId = await page.evaluate(() => window.__explorer.graph.cy.nodes('[type = "CLAIM"]').first().id());
    await page.evaluate((id) => window.__explorer.selectNode(id), claimId);
    await page.waitForSelector(`.claim-panel[data-claim-id="${claimId}"] .trace .appearance`);
    const { data } = await server.gql<{ claimTrace: { independentOrigins: number; appearances: { isFirstReport: boolean; article: { id: string } }[] } }>(
      'query($id: ID!) { claimTrace(claimId: $id) { independentOrigins appearances { isFirstReport article { id } } } }',
      { id: claimId },
    );
    const trace = data!.claimTrace;
    expect(await page.textContent('[data-testid="independent-origins"]')).toBe(String(trace.independentOrigins));
    const shown = await page.locator('.trace .appearance').evaluateAll((els) => els.map((el) => ({ id: el.getAttribute('data-article-id'), first: el.classList.contains('first') })));
    expect(shown).toEqual(trace.appearances.map((a) => ({ id: a.article.id, first: a.isFirstReport })));
    if (trace.appearances.some((a) => a.isFirstReport)) expect(await page.locator('.trace .first-report').count()).toBeGreaterThan(0);
    await shot('06-claim-trace');
  });

  it('exports the view as PNG and the API’s GraphML and Cytoscape JSON', async () => {
    const png = readFileSync(await exported('png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(readFileSync(await exported('graphml'), 'utf8')).toContain('<graphml');
    const cy = JSON.parse(readFileSync(await exported('cyjson'), 'utf8')) as unknown;
    expect(JSON.stringify(cy)).toMatch(/"source"/);
  });

  it('lays out 120 nodes with almost no overlaps and actor names still legible', async () => {
    const result = await page.evaluate(async () => {
      const kinds = ['PERSON', 'STATE', 'ORGANIZATION', 'MEDIA', 'GROUP', 'ANONYMOUS_SOURCE'];
      const polarities = ['SUPPORT', 'OPPOSE', 'CONDITIONAL', 'NEUTRAL'] as const;
      let seed = 7;
      const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
      const nodes = [
        ...Array.from({ length: 36 }, (_, i) => ({ id: `a${i}`, label: `Actor number ${i}`, type: 'ACTOR', kind: kinds[i % kinds.length]!, weight: i % 9, data: null })),
        ...Array.from({ length: 66 }, (_, i) => ({ id: `c${i}`, label: `Claim ${i}: security guarantees depend on a peace deal ceding territory`, type: 'CLAIM', kind: 'ASSERTED', weight: 1, data: null })),
        ...Array.from({ length: 18 }, (_, i) => ({ id: `r${i}`, label: `Article ${i}`, type: 'ARTICLE', kind: null, weight: 1, data: null })),
      ];
      const edges = [
        ...Array.from({ length: 66 }, (_, i) => ({ id: `s${i}`, source: `a${Math.floor(random() * 36)}`, target: `c${i}`, type: 'STANCE', label: 'said', polarity: polarities[i % 4]!, stanceId: `s${i}`, weight: random() })),
        ...Array.from({ length: 50 }, (_, i) => ({ id: `t${i}`, source: `a${Math.floor(random() * 36)}`, target: `c${Math.floor(random() * 66)}`, type: 'STANCE', label: 'said', polarity: polarities[(i + 1) % 4]!, stanceId: `t${i}`, weight: random() })),
        ...Array.from({ length: 18 }, (_, i) => ({ id: `p${i}`, source: `r${i}`, target: `a${3 + (i % 2) * 6}`, type: 'PUBLISHED_BY', label: null, polarity: null, stanceId: null, weight: 1 })),
        ...Array.from({ length: 12 }, (_, i) => ({ id: `x${i}`, source: `a${3 + (i % 3) * 6}`, target: `a${(i * 7 + 1) % 36}`, type: 'CITES', label: null, polarity: null, stanceId: null, weight: 1 })),
      ];
      const graph = window.__explorer.graph;
      graph.clear();
      graph.merge({ nodes, edges, truncated: false });
      const started = performance.now();
      await graph.layout(false);
      const ms = performance.now() - started;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const boxes = graph.cy.nodes().map((n) => n.boundingBox({ includeLabels: false }));
      let overlaps = 0;
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i]!, boxes[j]!];
          if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlaps++;
        }
      const actor = graph.cy.nodes('[type = "ACTOR"]').first();
      const renderedFont = parseFloat(actor.style('font-size')) * graph.cy.zoom();
      return { ms, overlaps, renderedFont, nodes: graph.cy.nodes().length };
    });
    await shot('08-layout-120-nodes');
    expect(result.nodes).toBe(120);
    expect(result.overlaps).toBeLessThanOrEqual(3);
    expect(result.renderedFont).toBeGreaterThanOrEqual(8);
    expect(result.ms).toBeLessThan(10_000);
  });

  it('serves a bundled GraphiQL at /graphiql that runs queries without any other host', async () => {
    const query = '{ actors(first: 3) { nodes { name type } } }';
    await page.goto(`${server.url}/graphiql?query=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => /actors/.test(document.querySelector('.graphiql-query-editor')?.textContent ?? ''), null, { timeout: 20_000 });
    await page.click('.graphiql-execute-button');
    try {
      await page.waitForFunction(() => /"data"/.test(document.querySelector('.graphiql-response')?.textContent ?? ''), null, { timeout: 20_000 });
    } finally {
      await shot('07-graphiql');
    }
    expect(await page.textContent('.graphiql-response')).toContain('"nodes"');
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
