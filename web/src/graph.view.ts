import cytoscape, { type Core, type EdgeSingular, type ElementDefinition, type LayoutOptions, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { truncate } from './dom.js';
import { graphStyle } from './graph.style.js';
import type { GraphEdge, GraphNode, Subgraph } from './model.js';

let layoutName: 'fcose' | 'cose' = 'cose';
try {
  cytoscape.use(fcose);
  layoutName = 'fcose';
} catch {
  // A second registration (hot reload) or a broken extension: cose is built in and good enough.
}

export interface GraphHandlers {
  onNode(node: GraphNode): void;
  onEdge(edge: GraphEdge): void;
}

const MAX_FIT_ZOOM = 1.25;

const TYPE_LABEL: Record<string, string> = { DENIES: 'denies', CONTRADICTS: 'contradicts', CONDITIONED_ON: 'if' };

/** Node data Cytoscape styles with: the shown label and the size, from the API node. */
function nodeData(node: GraphNode): Record<string, unknown> {
  if (node.type === 'CLAIM') {
    const display = truncate(node.label, 90);
    const width = 150;
    const lines = Math.ceil((display.length * 5.9) / (width - 16)) + 1;
    return { ...node, display, w: width, tw: `${width - 14}px`, h: Math.min(120, 14 + lines * 13) };
  }
  if (node.type === 'ARTICLE') return { ...node, display: truncate(node.label, 48) };
  const size = Math.round(Math.min(64, 26 + 7 * Math.sqrt(Math.max(0, node.weight))));
  return { ...node, display: truncate(node.label, 40), size };
}

function edgeData(edge: GraphEdge): Record<string, unknown> {
  const display = edge.type === 'STANCE' ? (edge.label ? `“${truncate(edge.label, 30)}”` : (edge.polarity ?? '').toLowerCase()) : (edge.label ?? TYPE_LABEL[edge.type] ?? edge.type.toLowerCase().replace(/_/g, ' '));
  return { ...edge, display, typeLabel: TYPE_LABEL[edge.type] ?? edge.type.toLowerCase() };
}

/** The Cytoscape canvas: merges subgraphs in, lays them out, and reports clicks. */
export class GraphView {
  readonly cy: Core;
  readonly layoutName = layoutName;
  private running: cytoscape.Layouts | null = null;

  /** `reserveBottom` tells how many pixels at the bottom of the canvas an overlay (the legend) covers. */
  constructor(
    container: HTMLElement,
    handlers: GraphHandlers,
    private readonly reserveBottom: () => number = () => 0,
  ) {
    this.cy = cytoscape({
      container,
      style: graphStyle,
      minZoom: 0.15,
      maxZoom: 3,
      wheelSensitivity: 0.3,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    this.cy.on('tap', 'node', (event) => handlers.onNode(this.apiNode(event.target as NodeSingular)));
    this.cy.on('tap', 'edge', (event) => handlers.onEdge(this.apiEdge(event.target as EdgeSingular)));
    this.cy.on('zoom', () => this.scheduleDetail());
    this.cy.on('mouseover', 'edge', (event) => (event.target as EdgeSingular).addClass('hover'));
    this.cy.on('mouseout', 'edge', (event) => (event.target as EdgeSingular).removeClass('hover'));
    this.cy.on('mouseover', 'node', (event) => {
      (event.target as NodeSingular).addClass('hover');
      this.focus(event.target as NodeSingular);
    });
    this.cy.on('mouseout', 'node', (event) => {
      (event.target as NodeSingular).removeClass('hover');
      this.cy.elements().removeClass('faded');
    });
  }

  /** Adds the nodes and edges not yet shown; new nodes start at `around` so the layout grows from it. Returns how many were added. */
  merge(graph: Subgraph, around?: string): number {
    const origin = around ? this.cy.getElementById(around) : null;
    const at = origin && origin.nonempty() ? origin.position() : { x: this.cy.width() / 2, y: this.cy.height() / 2 };
    const fresh: ElementDefinition[] = [];
    const newNodes = graph.nodes.filter((node) => this.cy.getElementById(node.id).empty());
    // New nodes start on a ring around the node they came from: the force layout then untangles
    // them far better than from a heap at one point, and the rest of the view barely moves.
    const radius = 140 + 6 * newNodes.length;
    newNodes.forEach((node, i) => {
      const angle = (2 * Math.PI * i) / Math.max(1, newNodes.length);
      fresh.push({ group: 'nodes', data: nodeData(node), position: { x: at.x + radius * Math.cos(angle), y: at.y + radius * Math.sin(angle) } });
    });
    const ids = new Set([...graph.nodes.map((n) => n.id)]);
    for (const edge of graph.edges) {
      if (this.cy.getElementById(edge.id).nonempty()) continue;
      if (!ids.has(edge.source) && this.cy.getElementById(edge.source).empty()) continue;
      if (!ids.has(edge.target) && this.cy.getElementById(edge.target).empty()) continue;
      fresh.push({ group: 'edges', data: edgeData(edge) });
    }
    this.cy.add(fresh);
    return fresh.filter((e) => e.group === 'nodes').length;
  }

  /** Lays the graph out; `incremental` keeps the nodes already placed roughly where they are. */
  layout(incremental: boolean): Promise<void> {
    this.running?.stop();
    // Nodes move away from under the pointer without a mouseout: drop the hover focus first.
    this.cy.elements().removeClass('faded hover');
    const count = this.cy.nodes().length;
    const common = { animate: incremental && count < 200, animationDuration: 450, fit: false, padding: 60, nodeDimensionsIncludeLabels: true };
    // Bigger graphs get more room per node: tuned on real views and synthetic 50-150 node ones for few overlaps.
    const size = count > 40 ? 2 : count > 15 ? 1 : 0;
    const pick = <T>(small: T, medium: T, big: T): T => [small, medium, big][size]!;
    const options =
      this.layoutName === 'fcose'
        ? {
            name: 'fcose',
            quality: count > 250 ? 'default' : 'proof',
            randomize: !incremental,
            nodeRepulsion: () => pick(12_000, 30_000, 45_000),
            idealEdgeLength: () => pick(100, 130, 150),
            edgeElasticity: () => pick(0.4, 0.35, 0.2),
            nodeSeparation: pick(80, 110, 120),
            gravity: pick(0.4, 0.3, 0.2),
            numIter: pick(2500, 2500, 5000),
            packComponents: true,
            ...common,
          }
        : { name: 'cose', randomize: !incremental, nodeRepulsion: () => pick(10_000, 25_000, 40_000), idealEdgeLength: () => pick(90, 120, 140), ...common };
    const layout = this.cy.layout(options as LayoutOptions);
    this.running = layout;
    const done = new Promise<void>((resolve) =>
      layout.one('layoutstop', () => {
        this.fitView();
        resolve();
      }),
    );
    layout.run();
    return done;
  }

  /**
   * Fits the graph to the canvas, clear of the legend at the bottom, and never so close that a
   * handful of nodes fills the screen.
   */
  fitView(): void {
    const height = this.cy.height();
    const reserved = Math.min(this.reserveBottom(), height / 3);
    this.cy.fit(undefined, 50);
    if (reserved > 0) this.cy.zoom({ level: (this.cy.zoom() * (height - reserved)) / height, renderedPosition: { x: this.cy.width() / 2, y: 0 } });
    if (this.cy.zoom() > MAX_FIT_ZOOM) {
      this.cy.zoom(MAX_FIT_ZOOM);
      this.cy.center();
      if (reserved > 0) this.cy.panBy({ x: 0, y: -reserved / 2 });
    }
  }

  markExpanded(id: string): void {
    this.cy.getElementById(id).addClass('expanded');
  }

  isExpanded(id: string): boolean {
    return this.cy.getElementById(id).hasClass('expanded');
  }

  setRoot(id: string): void {
    this.cy.nodes('.root').removeClass('root');
    this.cy.getElementById(id).addClass('root');
  }

  select(id: string): void {
    this.cy.elements(':selected').unselect();
    this.cy.getElementById(id).select();
  }

  clear(): void {
    this.running?.stop();
    this.cy.elements().remove();
  }

  node(id: string): GraphNode | null {
    const el = this.cy.getElementById(id);
    return el.nonempty() && el.isNode() ? this.apiNode(el) : null;
  }

  edge(id: string): GraphEdge | null {
    const el = this.cy.getElementById(id);
    return el.nonempty() && el.isEdge() ? this.apiEdge(el) : null;
  }

  stanceEdges(): GraphEdge[] {
    return this.cy.edges('[type = "STANCE"]').map((e) => this.apiEdge(e));
  }

  /** The view as a PNG, twice the screen resolution, on white. */
  png(): Blob {
    return this.cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff', maxWidth: 8000, maxHeight: 8000 });
  }

  private detailFrame = 0;
  private detailZoom = -1;

  private scheduleDetail(): void {
    if (this.detailFrame) return;
    this.detailFrame = requestAnimationFrame(() => {
      this.detailFrame = 0;
      this.applyDetail();
    });
  }

  /**
   * Zoomed out (a big graph fitted to the window), claim and article texts are unreadable smudges:
   * hide them (they come back on hover and selection) and grow actor names so they stay legible.
   */
  private applyDetail(): void {
    // Rounded down, so rendered text is never smaller than intended; steps keep restyling rare.
    const zoom = Math.max(0.05, Math.floor(this.cy.zoom() * 40) / 40);
    if (zoom === this.detailZoom) return;
    this.detailZoom = zoom;
    const far = zoom < 0.7;
    // cy.style(sheet) replaces the sheet; appending blocks per zoom step would grow it without end.
    this.cy.style([
      ...graphStyle,
      {
        selector: 'node[type = "ACTOR"]',
        style: { 'font-size': far ? Math.min(40, 9.5 / zoom) : 12, 'text-max-width': far ? `${Math.round(140 / Math.max(zoom, 0.35))}px` : '140px' },
      },
      { selector: 'node[type = "CLAIM"], node[type = "ARTICLE"]', style: { 'text-opacity': far ? 0 : 1 } },
      {
        selector: 'node[type = "CLAIM"]:selected, node[type = "CLAIM"].hover, node[type = "ARTICLE"]:selected, node[type = "ARTICLE"].hover',
        style: { 'text-opacity': 1, 'font-size': far ? Math.min(24, 9 / zoom) : 10.5, 'z-index': 20 },
      },
    ]);
  }

  private focus(node: NodeSingular): void {
    const keep = node.closedNeighborhood();
    if (this.cy.elements().length < 12) return;
    this.cy.elements().difference(keep).addClass('faded');
  }

  private apiNode(el: NodeSingular): GraphNode {
    const d = el.data() as GraphNode;
    return { id: d.id, label: d.label, type: d.type, kind: d.kind, weight: d.weight, data: d.data };
  }

  private apiEdge(el: EdgeSingular): GraphEdge {
    const d = el.data() as GraphEdge;
    return { id: d.id, source: d.source, target: d.target, type: d.type, label: d.label, polarity: d.polarity, stanceId: d.stanceId, weight: d.weight };
  }
}
