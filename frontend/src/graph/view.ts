// The one Cytoscape instance of the viewer. Everything that touches elements goes through here so that
// adds are batched, positions are computed before adding (no layout thrash), and expansions can be undone.
import cytoscape from 'cytoscape';
import type { Collection, Core, ElementDefinition, NodeSingular } from 'cytoscape';
import { CSV_BOM, edgesCsv, nodesCsv } from '../csv';
import { downloadBlob } from '../dom';
import type { GraphData, GraphEdge, GraphNode } from '../types';
import { ensureDagre, ensureFcose } from './layouts';
import { radialLayout, type Point } from './radial';
import { categoryOf, EDGE_COLORS, maxSeverity, NODE_COLORS, SEVERITY_COLORS, tagCodes } from './relations';
import { graphStyle } from './style';

export type LayoutName = 'radial' | 'fcose' | 'dagre' | 'dagre-lr' | 'grid';

export interface NodeInfo {
  id: string;
  label: string;
  name: string;
  degree: number;
  tags: string[];
}

export interface LoadOptions {
  rootId?: string | null;
  layout?: LayoutName;
  edgeLabel?: (edge: GraphEdge) => string | null;
  /** Extra classes per node id (e.g. `endpoint`, `defaulted`). */
  nodeClasses?: Record<string, string>;
}

type HistoryEntry = { kind: 'add'; eles: Collection } | { kind: 'remove'; eles: Collection };

/** Above this many elements edges are drawn straight and the force refinement is skipped. */
const LARGE_GRAPH = 1500;
/** Small graphs get a force-directed refinement after the instant radial placement. */
const REFINE_MAX_NODES = 300;
const HISTORY_MAX = 30;
/**
 * Zoom from which the edges of a large graph on screen are drawn with arrows and its nodes on screen get their
 * labels (11 px names become legible at 8/11 ≈ 0.73; they are styled a little before).
 */
const DETAIL_ZOOM = 0.6;
/** Fitting a few highlighted elements stops at this zoom (labels stay at reading size). */
const MAX_FIT_ZOOM = 1.3;

export class GraphView {
  readonly cy: Core;
  onSelect: (node: NodeInfo | null) => void = () => {};
  onOpen: (node: NodeInfo) => void = () => {};
  onChange: () => void = () => {};
  /** Milliseconds from data arrival to the first frame drawn for the last full load. */
  lastFirstRenderMs: number | null = null;

  private history: HistoryEntry[] = [];
  private rootId: string | null = null;
  private hiddenCategories = new Set<string>();
  private hiddenLabels = new Set<string>();
  private edgeLabel: ((edge: GraphEdge) => string | null) | null = null;
  private loadSeq = 0;
  private large = false;
  private lodTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(container: HTMLElement) {
    this.cy = cytoscape({
      container,
      style: graphStyle(),
      textureOnViewport: true,
      hideLabelsOnViewport: true,
      motionBlur: false,
      pixelRatio: 1,
      minZoom: 0.02,
      maxZoom: 3,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    this.cy.on('tap', 'node', (e) => this.onSelect(this.info(e.target as NodeSingular)));
    this.cy.on('tap', (e) => {
      if (e.target === this.cy) this.onSelect(null);
    });
    this.cy.on('dbltap', 'node', (e) => this.onOpen(this.info(e.target as NodeSingular)));
    this.cy.on('viewport', () => {
      if (this.lodTimer !== undefined) clearTimeout(this.lodTimer);
      this.lodTimer = setTimeout(() => this.updateDetail(), 150);
    });
  }

  /**
   * Level of detail for large graphs: zoomed out, edges are haystack lines and nodes carry no label; zoomed in,
   * the edges on screen get their arrows back (directions matter for holdings and guarantees) and the nodes on
   * screen their names. Labels once given stay (below 8 px on screen they are not drawn anyway).
   */
  private updateDetail(): void {
    const cy = this.cy;
    if (!this.large) return;
    const zoom = cy.zoom();
    if (zoom >= DETAIL_ZOOM) {
      const ext = cy.extent();
      const inside = (p: { x: number; y: number }) => p.x >= ext.x1 && p.x <= ext.x2 && p.y >= ext.y1 && p.y <= ext.y2;
      const onScreen = cy.edges().filter((e) => !e.hasClass('arrow') && (inside(e.source().position()) || inside(e.target().position())));
      // A name is wider than its node: label nodes a little beyond the edges too, so no name is cut off there.
      const m = 80;
      const near = (p: { x: number; y: number }) => p.x >= ext.x1 - m && p.x <= ext.x2 + m && p.y >= ext.y1 - m && p.y <= ext.y2 + m;
      const unnamed = cy.nodes().filter((n) => !n.hasClass('lbl') && near(n.position()));
      if (onScreen.nonempty() || unnamed.nonempty()) {
        cy.batch(() => {
          onScreen.addClass('arrow');
          unnamed.addClass('lbl');
        });
      }
    } else if (zoom < DETAIL_ZOOM * 0.7) {
      const detailed = cy.edges('.arrow');
      if (detailed.nonempty()) cy.batch(() => detailed.removeClass('arrow'));
    }
  }

  get root(): string | null {
    return this.rootId;
  }

  info(node: NodeSingular): NodeInfo {
    return {
      id: node.id(),
      label: String(node.data('label') ?? ''),
      name: String(node.data('name') ?? node.id()),
      degree: node.degree(false),
      tags: String(node.data('tags') ?? '').split('|').filter(Boolean),
    };
  }

  nodeInfo(id: string): NodeInfo | null {
    const n = this.cy.getElementById(id);
    return n.nonempty() && n.isNode() ? this.info(n) : null;
  }

  counts(): { nodes: number; edges: number; total: number } {
    const nodes = this.cy.nodes().length;
    const edges = this.cy.edges().length;
    return { nodes, edges, total: nodes + edges };
  }

  canUndo(): boolean {
    return this.history.length > 0;
  }

  /**
   * Definitions for the elements of `data` not yet in the graph; edges need both ends present. Nodes are
   * labelled unless the graph is large (then updateDetail labels those on screen when zoomed in).
   */
  private toElements(data: GraphData, large: boolean, labelled = !large): ElementDefinition[] {
    const cy = this.cy;
    const out: ElementDefinition[] = [];
    const fresh = new Set<string>();
    // One pass over what is on screen instead of a lookup per element: getElementById allocates a collection
    // for every miss, which adds up to hundreds of milliseconds on 5,000 elements.
    const present = new Set<string>();
    if (cy.elements().nonempty()) cy.elements().forEach((e) => { present.add(e.id()); });
    const has = (id: string) => present.has(id);
    for (const n of data.nodes ?? []) {
      if (!n || n.id === undefined || n.id === null) continue;
      const id = String(n.id);
      if (fresh.has(id) || has(id)) continue;
      fresh.add(id);
      out.push({ group: 'nodes', data: nodeData(n, id), ...(labelled ? { classes: 'lbl' } : {}) });
    }
    const classes = large ? '' : 'arrow';
    const seenEdges = new Set<string>();
    for (const e of data.edges ?? []) {
      if (!e) continue;
      const source = String(e.source);
      const target = String(e.target);
      const id = e.id !== undefined && e.id !== null ? String(e.id) : `${source}>${e.type}>${target}`;
      if (seenEdges.has(id) || has(id)) continue;
      if (!(fresh.has(source) || has(source))) continue;
      if (!(fresh.has(target) || has(target))) continue;
      seenEdges.add(id);
      const props = e.props ?? {};
      const label = this.edgeLabel?.(e) ?? null;
      out.push({
        group: 'edges',
        classes,
        data: {
          id,
          source,
          target,
          type: String(e.type),
          cat: categoryOf(String(e.type)),
          color: EDGE_COLORS[String(e.type)] ?? '#94a3b8',
          props,
          ...(label ? { elabel: label } : {}),
        },
      });
    }
    return out;
  }

  /** Replaces the whole graph. Positions come from the radial placement unless another layout is asked for. */
  async setElements(data: GraphData, options: LoadOptions = {}): Promise<void> {
    const seq = ++this.loadSeq;
    const started = performance.now();
    performance.mark('guanxi:data');
    this.history = [];
    this.rootId = options.rootId ?? null;
    this.edgeLabel = options.edgeLabel ?? null;
    const layout = options.layout ?? 'radial';
    const cy = this.cy;
    cy.batch(() => cy.elements().remove());
    const large = (data.nodes?.length ?? 0) + (data.edges?.length ?? 0) > LARGE_GRAPH;
    this.large = large;
    const defs = this.toElements(data, large);
    if (layout === 'radial') this.placeRadial(defs);
    const classes: Record<string, string> = { ...(options.nodeClasses ?? {}) };
    if (this.rootId) classes[this.rootId] = `${classes[this.rootId] ?? ''} root lbl`.trim();
    for (const d of defs) {
      const cls = d.group === 'nodes' ? classes[String(d.data.id)] : undefined;
      if (cls) d.classes = d.classes ? `${d.classes as string} ${cls}` : cls;
    }
    // Nodes are styled before their edges exist: Cytoscape marks every connected edge dirty for each style
    // property it applies to a node, which on a hub with 2,000 edges is most of the style work.
    const nodeDefs = defs.filter((d) => d.group === 'nodes');
    const edgeDefs = defs.filter((d) => d.group !== 'nodes');
    let nodes: Collection = cy.collection();
    cy.batch(() => {
      nodes = cy.add(nodeDefs);
    });
    nodes.forEach((n) => {
      n.style('width'); // reading a style property applies the stylesheet to the node now
    });
    cy.batch(() => {
      cy.add(edgeDefs);
      if (this.filtersActive()) this.applyFilters(cy.elements());
    });
    const firstFrame = new Promise<void>((resolve) => {
      cy.one('render', () => {
        this.lastFirstRenderMs = performance.now() - started;
        performance.measure('guanxi:first-render', 'guanxi:data');
        resolve();
      });
    });
    if (layout === 'radial') {
      // The positions are known: set the viewport from them rather than cy.fit(), whose bounding boxes
      // measure every label.
      this.fitPositions(defs);
      // A large graph that fits at reading zoom shows its names (and arrows) on the first frame already.
      if (cy.zoom() >= DETAIL_ZOOM) this.updateDetail();
      // The panels (counts, selection) follow once the graph is on screen; a hidden page draws no frame, hence
      // the time limit.
      await Promise.race([firstFrame, new Promise((resolve) => setTimeout(resolve, 1000))]);
      if (seq !== this.loadSeq) return;
      this.onChange();
      if (cy.nodes().length <= REFINE_MAX_NODES && cy.nodes().length > 2) {
        await this.runLayout('fcose', true);
      }
    } else {
      await this.runLayout(layout, false);
      if (seq === this.loadSeq) this.onChange();
    }
  }

  private fitPositions(defs: ElementDefinition[], padding = 30): void {
    let x1 = Infinity;
    let y1 = Infinity;
    let x2 = -Infinity;
    let y2 = -Infinity;
    for (const d of defs) {
      if (!d.position) continue;
      x1 = Math.min(x1, d.position.x);
      x2 = Math.max(x2, d.position.x);
      y1 = Math.min(y1, d.position.y);
      y2 = Math.max(y2, d.position.y);
    }
    if (!Number.isFinite(x1)) return;
    const cy = this.cy;
    const w = cy.width();
    const h = cy.height();
    const margin = 40; // half a node plus its label below
    const zoom = Math.max(cy.minZoom(), Math.min(1.5, (w - 2 * padding) / (x2 - x1 + 2 * margin), (h - 2 * padding) / (y2 - y1 + 2 * margin)));
    cy.viewport({ zoom, pan: { x: w / 2 - (zoom * (x1 + x2)) / 2, y: h / 2 - (zoom * (y1 + y2)) / 2 } });
  }

  private filtersActive(): boolean {
    return this.hiddenCategories.size > 0 || this.hiddenLabels.size > 0;
  }

  private placeRadial(defs: ElementDefinition[]): void {
    const ids: string[] = [];
    const edges: Array<{ source: string; target: string }> = [];
    for (const d of defs) {
      if (d.group === 'nodes') ids.push(String(d.data.id));
      else edges.push({ source: String(d.data.source), target: String(d.data.target) });
    }
    const pos = radialLayout(ids, edges, this.rootId);
    for (const d of defs) if (d.group === 'nodes') d.position = pos.get(String(d.data.id)) ?? { x: 0, y: 0 };
  }

  /**
   * Adds the neighbours of `anchorId` found in `data`, placed around the anchor, pushed away from the
   * centre of the graph. Returns the number of elements added (0 when everything was already shown).
   */
  async expand(anchorId: string, data: GraphData): Promise<number> {
    const cy = this.cy;
    const anchor = cy.getElementById(anchorId);
    const large = this.counts().total + (data.nodes?.length ?? 0) + (data.edges?.length ?? 0) > LARGE_GRAPH;
    if (large && !this.large) this.cy.batch(() => this.cy.edges().removeClass('arrow'));
    this.large = large;
    const defs = this.toElements(data, large);
    if (defs.length === 0) return 0;
    const newIds = defs.filter((d) => d.group === 'nodes').map((d) => String(d.data.id));
    const local = radialLayout(
      [anchorId, ...newIds],
      (data.edges ?? []).map((e) => ({ source: String(e.source), target: String(e.target) })),
      anchorId,
      { firstRadius: 110 },
    );
    const origin: Point = anchor.nonempty() ? { ...anchor.position() } : { x: 0, y: 0 };
    let extent = 0;
    for (const p of local.values()) extent = Math.max(extent, Math.hypot(p.x, p.y));
    const bb = cy.nodes().boundingBox({});
    const centre = { x: (bb.x1 + bb.x2) / 2, y: (bb.y1 + bb.y2) / 2 };
    const dx = origin.x - centre.x;
    const dy = origin.y - centre.y;
    const len = Math.hypot(dx, dy);
    const shift = len > 1 ? { x: (dx / len) * extent * 0.8, y: (dy / len) * extent * 0.8 } : { x: 0, y: 0 };
    for (const d of defs) {
      if (d.group !== 'nodes') continue;
      const p = local.get(String(d.data.id)) ?? { x: 0, y: 0 };
      d.position = { x: origin.x + shift.x + p.x, y: origin.y + shift.y + p.y };
    }
    let added: Collection = cy.collection();
    cy.batch(() => {
      added = cy.add(defs);
      if (this.filtersActive()) this.applyFilters(cy.elements());
    });
    this.pushHistory({ kind: 'add', eles: added });
    this.onChange();
    if (cy.nodes().length <= REFINE_MAX_NODES) {
      await this.runLayout('fcose', true);
    } else {
      this.fitTo(added.union(anchor));
    }
    return defs.length;
  }

  /** Hides the neighbours that hang only on this node (leaves), as one undoable step. */
  collapse(nodeId: string): number {
    const cy = this.cy;
    const node = cy.getElementById(nodeId);
    if (node.empty()) return 0;
    const leaves = node.neighborhood().nodes().filter((n) =>
      n.id() !== this.rootId && n.neighborhood().nodes().every((m) => (m as NodeSingular).id() === nodeId));
    if (leaves.empty()) return 0;
    let removed: Collection = cy.collection();
    cy.batch(() => {
      removed = leaves.union(leaves.connectedEdges()).remove();
    });
    this.pushHistory({ kind: 'remove', eles: removed });
    this.onChange();
    return removed.length;
  }

  undo(): boolean {
    const last = this.history.pop();
    if (!last) return false;
    this.cy.batch(() => {
      if (last.kind === 'add') last.eles.remove();
      else last.eles.restore();
    });
    if (this.filtersActive()) this.applyFilters(this.cy.elements());
    this.onChange();
    return true;
  }

  private pushHistory(entry: HistoryEntry): void {
    this.history.push(entry);
    if (this.history.length > HISTORY_MAX) this.history.shift();
  }

  /** `apply = false` only records the filters for the next setElements (no work on a graph about to go). */
  setFilters(hiddenCategories: Iterable<string>, hiddenLabels: Iterable<string>, apply = true): void {
    this.hiddenCategories = new Set(hiddenCategories);
    this.hiddenLabels = new Set(hiddenLabels);
    if (!apply) return;
    this.applyFilters(this.cy.elements());
    this.onChange();
  }

  /** Hidden: edges of a hidden category, nodes of a hidden label, and nodes left with only hidden edges. */
  private applyFilters(eles: Collection): void {
    const cats = this.hiddenCategories;
    const labels = this.hiddenLabels;
    this.cy.batch(() => {
      eles.edges().forEach((e) => {
        e.toggleClass('hidden', cats.has(String(e.data('cat'))));
      });
      eles.nodes().forEach((n) => {
        let hide = labels.has(String(n.data('label')));
        if (!hide && cats.size > 0 && n.id() !== this.rootId) {
          const edges = n.connectedEdges();
          hide = edges.nonempty() && edges.every((e) => cats.has(String(e.data('cat'))));
        }
        n.toggleClass('hidden', hide);
      });
    });
  }

  async runLayout(name: LayoutName, animate: boolean): Promise<void> {
    const cy = this.cy;
    const visible = cy.elements().not('.hidden');
    if (visible.empty()) return;
    if (name === 'radial') {
      const nodes = visible.nodes();
      const pos = radialLayout(
        nodes.map((n) => n.id()),
        visible.edges().map((e) => ({ source: e.source().id(), target: e.target().id() })),
        this.rootId,
      );
      cy.batch(() => {
        nodes.forEach((n) => {
          n.position(pos.get(n.id()) ?? { x: 0, y: 0 });
        });
      });
      cy.fit(visible, 30);
      return;
    }
    let options: cytoscape.LayoutOptions;
    const small = visible.nodes().length <= REFINE_MAX_NODES;
    if (name === 'fcose') {
      await ensureFcose();
      options = {
        name: 'fcose',
        quality: visible.nodes().length > 2000 ? 'draft' : 'default',
        randomize: false,
        animate: animate && small,
        animationDuration: 400,
        fit: true,
        padding: 30,
        nodeRepulsion: () => 6500,
        idealEdgeLength: () => 110,
        nodeSeparation: 60,
        nodeDimensionsIncludeLabels: small,
      } as cytoscape.LayoutOptions;
    } else if (name === 'dagre' || name === 'dagre-lr') {
      await ensureDagre();
      options = {
        name: 'dagre',
        rankDir: name === 'dagre' ? 'TB' : 'LR',
        nodeDimensionsIncludeLabels: true,
        nodeSep: name === 'dagre' ? 24 : 50,
        rankSep: name === 'dagre' ? 110 : 140,
        edgeSep: 12,
        fit: true,
        padding: 30,
        animate: false,
      } as cytoscape.LayoutOptions;
    } else {
      options = { name: 'grid', fit: true, padding: 30, avoidOverlap: true, animate: false };
    }
    const layout = visible.layout(options);
    const done = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
    layout.run();
    await done;
    // A layout's own fit blows a three-node graph up to the maximum zoom; keep labels at reading size.
    if (cy.zoom() > MAX_FIT_ZOOM) cy.zoom({ level: MAX_FIT_ZOOM, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  /** Fits the view to `eles` without zooming in further than reading size. */
  private fitTo(eles: Collection, padding = 60): void {
    const cy = this.cy;
    if (eles.empty()) return;
    const bb = eles.boundingBox({});
    const w = cy.width();
    const h = cy.height();
    const zoom = Math.max(cy.minZoom(), Math.min(MAX_FIT_ZOOM, (w - 2 * padding) / Math.max(bb.w, 1), (h - 2 * padding) / Math.max(bb.h, 1)));
    cy.animate({
      zoom,
      pan: { x: w / 2 - (zoom * (bb.x1 + bb.x2)) / 2, y: h / 2 - (zoom * (bb.y1 + bb.y2)) / 2 },
      duration: 250,
    });
  }

  fit(): void {
    this.cy.animate({ fit: { eles: this.cy.elements().not('.hidden'), padding: 30 }, duration: 200 });
  }

  select(id: string, center = true): NodeInfo | null {
    const n = this.cy.getElementById(id);
    if (n.empty() || !n.isNode()) return null;
    this.cy.nodes(':selected').unselect();
    n.addClass('lbl');
    n.select();
    if (center) this.cy.animate({ center: { eles: n }, duration: 200 });
    return this.info(n);
  }

  /**
   * Draws attention to nodes and to the edges between consecutive ids of each path; everything else fades.
   * Edges are matched in either direction (paths from the API do not promise an orientation).
   */
  highlight(nodeIds: Iterable<string>, paths: ReadonlyArray<readonly string[]> = [], edgeType?: string, fade = true): number {
    const cy = this.cy;
    let hit = cy.collection();
    for (const id of nodeIds) hit = hit.union(cy.getElementById(id));
    for (const path of paths) {
      for (let i = 0; i + 1 < path.length; i++) {
        const a = cy.getElementById(path[i]!);
        const b = cy.getElementById(path[i + 1]!);
        hit = hit.union(a).union(b);
        let between = a.edgesWith(b);
        if (edgeType) between = between.filter((e) => e.data('type') === edgeType);
        hit = hit.union(between);
      }
    }
    cy.batch(() => {
      cy.elements().removeClass('hl faded');
      if (hit.nonempty()) {
        if (fade) cy.elements().not(hit).addClass('faded');
        hit.addClass('hl');
        hit.nodes().addClass('lbl');
      }
    });
    if (hit.nonempty() && fade) this.fitTo(hit);
    return hit.length;
  }

  /** Highlights the edges whose endpoints are both in `memberIds` (e.g. a guarantee circle). */
  highlightInduced(memberIds: Iterable<string>, edgeType?: string): number {
    const cy = this.cy;
    let nodes = cy.collection();
    for (const id of memberIds) nodes = nodes.union(cy.getElementById(id));
    let edges = nodes.edgesWith(nodes);
    if (edgeType) edges = edges.filter((e) => e.data('type') === edgeType);
    const hit = nodes.union(edges);
    cy.batch(() => {
      cy.elements().removeClass('hl faded');
      cy.elements().not(hit).addClass('faded');
      hit.addClass('hl');
      nodes.addClass('lbl');
    });
    if (hit.nonempty()) this.fitTo(hit);
    return hit.length;
  }

  clearHighlight(): void {
    this.cy.batch(() => this.cy.elements().removeClass('hl faded'));
  }

  setNodeData(id: string, data: Record<string, unknown>, cls?: string): void {
    const n = this.cy.getElementById(id);
    if (n.empty()) return;
    n.data(data);
    if (cls) n.addClass(cls);
  }

  removeClassEverywhere(cls: string): void {
    this.cy.batch(() => this.cy.elements().removeClass(cls));
  }

  /** Adds elements without recording history (overlays such as contagion paths). */
  addOverlay(data: GraphData): Collection {
    const defs = this.toElements(data, this.counts().total > LARGE_GRAPH, true);
    if (!defs.length) return this.cy.collection();
    const bb = this.cy.nodes().boundingBox({});
    defs.forEach((d, i) => {
      if (d.group === 'nodes') d.position = { x: bb.x2 + 120 + (i % 5) * 90, y: bb.y1 + Math.floor(i / 5) * 70 };
    });
    let added: Collection = this.cy.collection();
    this.cy.batch(() => {
      added = this.cy.add(defs);
    });
    this.onChange();
    return added;
  }

  exportPng(fileName = 'guanxi-graph.png'): void {
    // The whole graph is exported at reading scale: every name must be there, not only those seen so far.
    const unnamed = this.cy.nodes().not('.lbl');
    if (unnamed.nonempty()) this.cy.batch(() => unnamed.addClass('lbl'));
    const blob = this.cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff', maxWidth: 6000, maxHeight: 6000 });
    downloadBlob(blob, fileName);
  }

  visibleCsv(): { nodes: string; edges: string } {
    const visible = this.cy.elements().not('.hidden');
    const nodes = visible.nodes().map((n) => ({
      id: n.id(),
      label: String(n.data('label') ?? ''),
      name: String(n.data('name') ?? ''),
      tags: String(n.data('tags') ?? ''),
    }));
    const edges = visible.edges().map((e) => ({
      id: e.id(),
      source: e.source().id(),
      target: e.target().id(),
      type: String(e.data('type') ?? ''),
      props: (e.data('props') ?? {}) as Record<string, unknown>,
    }));
    return { nodes: CSV_BOM + nodesCsv(nodes), edges: CSV_BOM + edgesCsv(edges) };
  }

  exportCsv(prefix = 'guanxi'): void {
    const { nodes, edges } = this.visibleCsv();
    downloadBlob(new Blob([nodes], { type: 'text/csv;charset=utf-8' }), `${prefix}-nodes.csv`);
    downloadBlob(new Blob([edges], { type: 'text/csv;charset=utf-8' }), `${prefix}-edges.csv`);
  }
}

/**
 * Look is carried in the data (colour, shape, size, severity ring) so that the stylesheet maps fields instead
 * of matching a selector per label and severity: style application is the largest cost of a big first render.
 */
function nodeData(n: GraphNode, id: string): Record<string, unknown> {
  const label = String(n.label ?? 'External');
  const look = NODE_LOOK[label] ?? NODE_LOOK.External!;
  const sev = maxSeverity(n.tags ?? null);
  return {
    id,
    label,
    name: String(n.name ?? id),
    tags: tagCodes(n.tags ?? null).join('|'),
    color: look.color,
    shape: look.shape,
    w: look.w,
    h: look.h,
    // Only tagged nodes have a ring (style `node[sev]`): one style property less to apply to all the others.
    ...(sev ? { sev, bw: sev === 'high' ? 4 : 3, bc: SEVERITY_COLORS[sev] } : {}),
  };
}

const NODE_LOOK: Record<string, { color: string; shape: string; w: number; h: number }> = {
  Company: { color: NODE_COLORS.Company!, shape: 'round-rectangle', w: 26, h: 20 },
  Person: { color: NODE_COLORS.Person!, shape: 'ellipse', w: 22, h: 22 },
  Case: { color: NODE_COLORS.Case!, shape: 'diamond', w: 20, h: 20 },
  External: { color: NODE_COLORS.External!, shape: 'hexagon', w: 22, h: 22 },
};
