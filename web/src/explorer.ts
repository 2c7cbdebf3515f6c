import { ApiError, gql } from './api.js';
import { actorPanel } from './actor.panel.js';
import { articlePanel } from './article.panel.js';
import { claimPanel } from './claim.panel.js';
import { loading, note, type Navigator } from './components.js';
import { h, truncate } from './dom.js';
import { evidencePanel, scrollToEvidence } from './evidence.panel.js';
import { download, slug } from './export.js';
import { GraphView } from './graph.view.js';
import { legend } from './legend.js';
import type { GraphEdge, GraphNode, Stance, StanceSummary, Subgraph } from './model.js';
import { stanceNeighborhood } from './fallback.graph.js';
import { exportSubgraph, neighborhood, stanceById, stanceForEdge } from './queries.js';
import { relationPanel } from './relation.panel.js';
import { searchBox } from './search.view.js';
import { toolbar } from './toolbar.js';

const ROOT_LIMIT = 60;
const EXPAND_LIMIT = 40;

/** The explorer: search, the graph canvas, and the side panel, wired together. */
export class Explorer implements Navigator {
  readonly graph: GraphView;
  private readonly panel: HTMLElement;
  private readonly panelBody: HTMLElement;
  private readonly status: HTMLElement;
  private readonly emptyState: HTMLElement;
  private readonly history: (() => HTMLElement)[] = [];
  private current: (() => HTMLElement) | null = null;
  private rootId: string | null = null;
  private fallbackReason: string | null = null;
  private pending = 0;
  /** Bumped whenever the canvas is cleared, so answers for an earlier view are dropped. */
  private generation = 0;
  private idleWaiters: (() => void)[] = [];

  constructor(mount: HTMLElement) {
    const canvas = h('div.canvas', { id: 'cy' });
    this.status = h('div.status', { 'aria-live': 'polite' });
    this.emptyState = h('div.empty-state', {}, h('h2', {}, 'Who said what, citing whom'), h('p', {}, 'Search an actor or a claim above, then click nodes to grow the graph and edges to read the evidence.'), h('div.starters'));
    this.panelBody = h('div.panel-body');
    this.panel = h('aside.panel', { 'aria-label': 'details' }, h('div.panel-nav', h('button.back', { type: 'button', onclick: () => this.back(), disabled: true }, '← Back'), h('span.panel-spacer')), this.panelBody);
    const tools = toolbar({
      fit: () => this.graph.fitView(),
      relayout: () => void this.track(this.graph.layout(false)),
      clear: () => this.reset(),
      exportPng: () => this.exportPng(),
      exportApi: (format) => void this.exportApi(format),
      exportView: () => this.exportView(),
    });
    const busy = h('div.canvas-busy', { role: 'status' }, h('span.spinner'), 'Loading…');
    const key = legend() as HTMLDetailsElement;
    const layout = h('main.layout', h('section.canvas-wrap', {}, canvas, tools, key, this.status, this.emptyState, busy), this.panel);
    const top = h(
      'header.topbar',
      h('a.brand', { href: '/' }, h('span.logo', { 'aria-hidden': 'true' }, h('i.g'), h('i.r'), h('i.a')), h('span', {}, 'claimgraph'), h('span.brand-sub', {}, 'explorer')),
      searchBox((choice) => void this.openRoot(choice.id, choice.type)),
      h('nav', h('a', { href: '/graphiql.html', target: '_blank', rel: 'noopener' }, 'GraphQL IDE')),
    );
    mount.replaceChildren(top, layout);
    this.graph = new GraphView(
      canvas,
      { onNode: (node) => void this.onNode(node), onEdge: (edge) => void this.onEdge(edge) },
      () => (key.open ? key.offsetHeight + 12 : 0),
    );
    this.showWelcome();
    void this.loadStarters();
    this.updateStatus(false);
  }

  /** Clears the canvas and shows one node with its neighbourhood. */
  async openRoot(id: string, type: string): Promise<void> {
    this.graph.clear();
    const generation = ++this.generation;
    this.rootId = id;
    this.emptyState.hidden = true;
    this.showNodePanel(id, type);
    await this.track(
      (async () => {
        const sub = await this.neighbors(id, type, ROOT_LIMIT);
        if (generation !== this.generation) return;
        this.graph.merge(sub);
        this.graph.markExpanded(id);
        this.graph.setRoot(id);
        this.graph.select(id);
        this.updateStatus(sub.truncated);
        await this.graph.layout(false);
      })().catch((error: Error) => this.fail(`Could not load the graph: ${error.message}`)),
    );
    history.replaceState(null, '', `#${type.toLowerCase()}/${encodeURIComponent(id)}`);
  }

  /** Adds a node's neighbourhood to the view (once per node). */
  async expand(id: string): Promise<number> {
    if (this.graph.isExpanded(id)) return 0;
    const type = this.graph.node(id)?.type ?? 'ACTOR';
    const generation = this.generation;
    this.graph.markExpanded(id);
    return this.track(
      (async () => {
        const sub = await this.neighbors(id, type, EXPAND_LIMIT);
        if (generation !== this.generation) return 0;
        const added = this.graph.merge(sub, id);
        this.updateStatus(sub.truncated);
        if (added > 0) await this.graph.layout(true);
        return added;
      })().catch((error: Error) => {
        this.fail(`Could not expand: ${error.message}`);
        return 0;
      }),
    );
  }

  /** Shows the evidence for a stance edge of the graph. */
  async selectEdge(id: string): Promise<void> {
    const edge = this.graph.edge(id);
    if (!edge) throw new Error(`no edge ${id} in the view`);
    this.graph.select(id);
    await this.onEdge(edge);
  }

  async selectNode(id: string): Promise<void> {
    const node = this.graph.node(id);
    if (!node) throw new Error(`no node ${id} in the view`);
    this.graph.select(id);
    await this.onNode(node);
  }

  openActor(id: string): void {
    this.focusIfShown(id);
    this.show(() => actorPanel(id, this));
  }

  openClaim(id: string): void {
    this.focusIfShown(id);
    this.show(() => claimPanel(id, this));
  }

  openArticle(id: string): void {
    this.focusIfShown(id);
    this.show(() => articlePanel(id, this));
  }

  openStance(stance: Pick<StanceSummary, 'id' | 'holder' | 'claim'>): void {
    this.focusIfShown(stance.id);
    this.show(() => this.stanceView(stanceById(stance.id, stance.holder.id, stance.claim?.id ?? null)));
  }

  /** Resolves when no request or layout is running (for tests and scripted use). */
  idle(): Promise<void> {
    return this.pending === 0 ? Promise.resolve() : new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /**
   * The API's neighbourhood of a node; when that query is missing or fails, one built from the
   * stances around the node, so the explorer still works against an older or broken server.
   */
  private async neighbors(id: string, type: string, limit: number): Promise<Subgraph> {
    try {
      const sub = await neighborhood(id, 1, limit);
      this.fallbackReason = null;
      return sub;
    } catch (error) {
      this.fallbackReason = (error as Error).message;
      return stanceNeighborhood(id, type, limit);
    }
  }

  private async onNode(node: GraphNode): Promise<void> {
    this.showNodePanel(node.id, node.type);
    await this.expand(node.id);
  }

  private async onEdge(edge: GraphEdge): Promise<void> {
    if (edge.type === 'STANCE' && (edge.stanceId ?? edge.id)) {
      const target = this.graph.node(edge.target);
      const stanceId = edge.stanceId ?? edge.id;
      this.show(() => this.stanceView(stanceForEdge({ ...edge, stanceId }, target?.type !== 'ACTOR')));
      return;
    }
    this.show(() => relationPanel(edge, this.graph.node(edge.source), this.graph.node(edge.target), this));
  }

  private stanceView(load: Promise<Stance | null>): HTMLElement {
    const holder = h('div.evidence-loading', {}, loading('Loading the evidence…'));
    void this.track(
      load
        .then((stance) => {
          if (!stance) return void holder.replaceChildren(note('This stance is no longer in the graph.', 'warn'));
          const panel = evidencePanel(stance, this);
          holder.replaceWith(panel);
          requestAnimationFrame(() => scrollToEvidence(panel));
        })
        .catch((error: Error) => holder.replaceChildren(note(`Could not load the stance: ${error.message}`, 'error'))),
    );
    return holder;
  }

  private showNodePanel(id: string, type: string): void {
    if (type === 'ACTOR') this.show(() => actorPanel(id, this));
    else if (type === 'CLAIM') this.show(() => claimPanel(id, this));
    else if (type === 'ARTICLE') this.show(() => articlePanel(id, this));
  }

  private show(render: () => HTMLElement, remember = true): void {
    if (remember && this.current) this.history.push(this.current);
    if (this.history.length > 30) this.history.shift();
    this.current = render;
    this.panelBody.replaceChildren(render());
    this.panelBody.scrollTop = 0;
    this.panel.querySelector<HTMLButtonElement>('.back')!.disabled = this.history.length === 0;
  }

  private back(): void {
    const previous = this.history.pop();
    if (!previous) return;
    this.current = null;
    this.show(previous, false);
  }

  private focusIfShown(id: string): void {
    if (this.graph.cy.getElementById(id).nonempty()) this.graph.select(id);
  }

  private showWelcome(): void {
    this.current = null;
    this.panelBody.replaceChildren(
      h(
        'div.welcome',
        h('h2', {}, 'Explore claims and who made them'),
        h('ul.howto', {}, h('li', {}, h('strong', {}, 'Search'), ' for an actor (“Zelenskyy”, “White House”) or a claim, and open it.'), h('li', {}, h('strong', {}, 'Click a node'), ' to see its details and add its neighbours to the graph.'), h('li', {}, h('strong', {}, 'Click a coloured edge'), ' (a stance) to read its evidence, marked in the article, with the chain of who cited whom.'), h('li', {}, 'Press ', h('kbd', {}, '/'), ' to search.')),
      ),
    );
  }

  private async loadStarters(): Promise<void> {
    const box = this.emptyState.querySelector('.starters')!;
    try {
      const data = await gql<{ actors: { nodes: { id: string; name: string; type: string }[] }; claims: { nodes: { id: string; text: string }[] } }>('{ actors(first: 8, type: PERSON) { nodes { id name type } } claims(first: 5) { nodes { id text } } }');
      const chips = [...data.actors.nodes.map((a) => h('button.chip', { type: 'button', onclick: () => void this.openRoot(a.id, 'ACTOR') }, a.name)), ...data.claims.nodes.map((c) => h('button.chip.claim', { type: 'button', onclick: () => void this.openRoot(c.id, 'CLAIM'), title: c.text }, truncate(c.text, 60)))];
      if (chips.length) box.replaceChildren(h('p', {}, 'Or start from:'), h('div.chips', {}, ...chips));
      else box.replaceChildren(note('The graph is empty: ingest some articles first.'));
    } catch (error) {
      box.replaceChildren(note(error instanceof ApiError ? `The API answered: ${error.message}` : 'The API is not reachable.', 'error'));
    }
  }

  private reset(): void {
    this.graph.clear();
    this.generation++;
    this.rootId = null;
    this.emptyState.hidden = false;
    this.updateStatus(false);
    this.history.length = 0;
    this.showWelcome();
    history.replaceState(null, '', '/');
  }

  private exportPng(): void {
    if (this.graph.cy.elements().empty()) return this.fail('Nothing to export yet.');
    download(`claimgraph-${slug(this.focusLabel())}.png`, this.graph.png());
  }

  private async exportApi(format: 'GRAPHML' | 'CYTOSCAPE_JSON'): Promise<void> {
    const id = this.focusId();
    if (!id) return this.fail('Open something first: the export is the neighbourhood of the focused node.');
    try {
      const text = await this.track(exportSubgraph(id, format));
      const ext = format === 'GRAPHML' ? 'graphml' : 'cyjs.json';
      download(`claimgraph-${slug(this.focusLabel())}.${ext}`, text, format === 'GRAPHML' ? 'application/xml' : 'application/json');
    } catch (error) {
      this.fail(`Export failed: ${(error as Error).message}`);
    }
  }

  private exportView(): void {
    const json = { elements: this.graph.cy.elements().jsons() };
    download(`claimgraph-view-${slug(this.focusLabel())}.json`, JSON.stringify(json, null, 2), 'application/json');
  }

  private focusId(): string | null {
    const selected = this.graph.cy.nodes(':selected').first();
    return selected.nonempty() ? selected.id() : this.rootId;
  }

  private focusLabel(): string {
    const id = this.focusId();
    return (id && this.graph.node(id)?.label) || 'graph';
  }

  private updateStatus(truncated: boolean): void {
    const nodes = this.graph.cy.nodes().length;
    const edges = this.graph.cy.edges().length;
    this.status.replaceChildren(
      nodes === 0 ? '' : `${nodes} nodes · ${edges} edges · ${this.graph.layoutName} layout`,
      truncated ? h('span.truncated', { title: 'A limit cut the last neighbourhood: expand nodes to see more' }, ' · truncated') : '',
      this.fallbackReason ? h('span.fallback', { title: `neighborhood query failed: ${this.fallbackReason}` }, ' · built from stances') : '',
    );
    this.status.hidden = nodes === 0;
  }

  private fail(message: string): void {
    const toast = h('div.toast', { role: 'alert' }, message);
    document.body.append(toast);
    setTimeout(() => toast.remove(), 5000);
  }

  private async track<T>(work: Promise<T>): Promise<T> {
    this.pending++;
    document.body.dataset.busy = 'true';
    try {
      return await work;
    } finally {
      this.pending--;
      if (this.pending === 0) {
        delete document.body.dataset.busy;
        for (const resolve of this.idleWaiters.splice(0)) resolve();
      }
    }
  }
}
