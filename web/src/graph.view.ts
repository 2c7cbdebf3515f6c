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
  onBackground(): void;
}

const MAX_FIT_ZOOM = 1.25;

const TYPE_LABEL: Record<string, string> = { DENIES: 'denies', CONTRADICTS: 'contradicts', CONDITIONED_ON: 'if' };

/** Node data Cytoscape styles with: the shown label and the size, from the API node. */
function nodeData(node: GraphNode): Record<string, unknown> {
  if (node.type === 'CLAIM') {
    const display = truncate(node.label, 110);
    const width = 170;
    const lines = Math.ceil((display.length * 5.6) / (width - 16)) + 1;
    return { ...node, display, w: width, tw: `${width - 14}px`, h: Math.min(110, 14 + lines * 12) };
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

  constructor(container: HTMLElement, handlers: GraphHandlers) {
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
    this.cy.on('tap', (event) => {
      if (event.target === this.cy) handlers.onBackground();
    });
    this.cy.on('mouseover', 'edge', (event) => (event.target as EdgeSingular).addClass('hover'));
    this.cy.on('mouseout', 'edge', (event) => (event.target as EdgeSingular).removeClass('hover'));
    this.cy.on('mouseover', 'node', (event) => this.focus(event.target as NodeSingular));
    this.cy.on('mouseout', 'node', () => this.cy.elements().removeClass('faded'));
  }

  /** Adds the nodes and edges not yet shown; new nodes start at `around` so the layout grows from it. Returns how many were added. */
  merge(graph: Subgraph, around?: string): number {
    const origin = around ? this.cy.getElementById(around) : null;
    const at = origin && origin.nonempty() ? origin.position() : { x: this.cy.width() / 2, y: this.cy.height() / 2 };
    const fresh: ElementDefinition[] = [];
    for (const node of graph.nodes) {
      if (this.cy.getElementById(node.id).nonempty()) continue;
      fresh.push({ group: 'nodes', data: nodeData(node), position: { x: at.x + (Math.random() - 0.5) * 80, y: at.y + (Math.random() - 0.5) * 80 } });
    }
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
    const count = this.cy.nodes().length;
    const common = { animate: incremental && count < 200, animationDuration: 450, fit: true, padding: 60, nodeDimensionsIncludeLabels: true };
    const options =
      this.layoutName === 'fcose'
        ? { name: 'fcose', quality: count > 150 ? 'draft' : 'default', randomize: !incremental, nodeRepulsion: () => 9000, idealEdgeLength: () => 95, edgeElasticity: () => 0.35, gravity: 0.3, numIter: 2500, nodeSeparation: 80, packComponents: true, ...common }
        : { name: 'cose', randomize: !incremental, nodeRepulsion: () => 12000, idealEdgeLength: () => 90, ...common };
    const layout = this.cy.layout(options as LayoutOptions);
    this.running = layout;
    const done = new Promise<void>((resolve) =>
      layout.one('layoutstop', () => {
        // A handful of nodes fitted to the window comes out huge: cap the zoom so labels stay at reading size.
        if (this.cy.zoom() > MAX_FIT_ZOOM) {
          this.cy.zoom(MAX_FIT_ZOOM);
          this.cy.center();
        }
        resolve();
      }),
    );
    layout.run();
    return done;
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
