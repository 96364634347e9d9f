/**
 * The link chart: sigma over a graphology graph holding every node and edge the ledger
 * ever had, placed once by the force layout. The time slider and the filters only
 * decide what is visible (sigma reducers), so nothing moves when the date changes.
 * Node colour and shape = type, size = degree; edges: accepted solid, proposed dashed
 * (and lighter), disputed red; edge labels = predicate. Past 3,000 edges the chart draws
 * less while the camera moves and while zoomed out (see docs/benchmarks.md, bench:web).
 */
import Graph from 'graphology';
import Sigma from 'sigma';
import { get, type GraphEdge, type GraphView } from './api.js';
import { h, clear, showError, svg } from './dom.js';
import { forceLayout } from './layout.js';
import { predicateLabel, STATUS_COLOURS, TYPE_COLOURS, typeColour } from './labels.js';
import { graphAllTime, ledgerVersion } from './state.js';
import { createChartControls, type ChartFilters } from './chart-controls.js';
import { createProfile } from './profile.js';
import { go, type RouteParams, type View } from './view.js';
import { EdgeLineProgram } from 'sigma/rendering';
import { DashedArrowProgram } from './dashed-edge.js';
import { ShapedNodeProgram, shapeOf, skipPickingWhile } from './shaped-node.js';

const BIG_EDGES = 3000;
const EDGE_LABEL_RATIO = 0.2;

/** The legend's small picture of a node shape, drawn as the chart draws it. */
function shapeSwatch(shape: string, colour: string): SVGSVGElement {
  const body = shape === 'square' ? svg('rect', { x: 1.5, y: 1.5, width: 9, height: 9 })
    : shape === 'triangle' ? svg('polygon', { points: '6,0.5 11.5,10.5 0.5,10.5' })
      : shape === 'diamond' ? svg('polygon', { points: '6,0 12,6 6,12 0,6' })
        : svg('circle', { cx: 6, cy: 6, r: 5 });
  body.setAttribute('fill', colour);
  return svg('svg', { class: 'swatch shape', width: 12, height: 12, viewBox: '0 0 12 12', 'aria-hidden': 'true' }, body);
}

interface NodeAttrs { x: number; y: number; size: number; color: string; label: string; kind: string | null; aliases: string[] }
interface EdgeAttrs { label: string; predicate: string; color: string; size: number }

export function createChart(): View {
  const status = h('p', { id: 'chart-status', class: 'status', role: 'status', 'aria-live': 'polite' }, 'Loading the network…');
  const container = h('div', { id: 'sigma', class: 'sigma', role: 'img', 'aria-label': 'Link chart. The list "Entities in view" below gives the same entities as text.' });
  const list = h('ul', { class: 'entity-list', id: 'entities-in-view' });
  const legend = h('ul', { class: 'legend', id: 'chart-legend', 'aria-label': 'Legend' },
    ...Object.entries(TYPE_COLOURS).slice(0, 3).map(([t, c]) => h('li', { 'data-type': t, 'data-shape': shapeOf(t) }, shapeSwatch(shapeOf(t), c), `${t} (${shapeOf(t)})`)),
    ...Object.entries(STATUS_COLOURS).map(([s, c]) => h('li', {}, h('span', { class: `swatch line ${s}`, style: `--c:${c}` }), `${s} relation${s === 'proposed' ? ' (dashed)' : ''}`)));
  const profile = createProfile();
  const controls = createChartControls({ onChange: () => void refresh(), onFocus: (id) => go(`#/entity/${encodeURIComponent(id)}`) });
  const el = h('section', { class: 'view view-chart', 'aria-labelledby': 'chart-title' },
    h('h1', { id: 'chart-title' }, 'Link chart'),
    h('div', { class: 'chart-layout' },
      controls.el,
      h('div', { class: 'chart-main' }, status, container, legend,
        h('details', { class: 'in-view' }, h('summary', {}, 'Entities in view (as a list)'), list)),
      profile.el));

  const graph = new Graph<NodeAttrs, EdgeAttrs>({ multi: true, type: 'directed' });
  let renderer: Sigma<NodeAttrs, EdgeAttrs> | null = null;
  let builtFor = -1;
  let current: { nodes: Set<string>; edges: Map<string, GraphEdge> } = { nodes: new Set(), edges: new Map() };
  let visibleNodes = new Set<string>();
  let shownEdges = new Set<string>();
  let selected: string | null = null;
  let request = 0;

  function build(all: GraphView): void {
    graph.clear();
    const pos = forceLayout(all.nodes.map((n) => n.id), all.edges.map((e) => [e.source, e.target] as const));
    const degree = new Map<string, Set<string>>();
    for (const e of all.edges) {
      (degree.get(e.source) ?? degree.set(e.source, new Set()).get(e.source)!).add(e.target);
      (degree.get(e.target) ?? degree.set(e.target, new Set()).get(e.target)!).add(e.source);
    }
    // On a big chart nodes are drawn at half the radius: thousands of full-size discs overlap into a blot,
    // and on software WebGL every covered pixel costs (a quarter of the pixels, see bench:web).
    const scale = all.edges.length > BIG_EDGES ? 0.5 : 1;
    for (const n of all.nodes) {
      const p = pos.get(n.id) ?? { x: 0, y: 0 };
      graph.addNode(n.id, { x: p.x, y: p.y, size: scale * (4 + 3 * Math.sqrt(degree.get(n.id)?.size ?? 0)), color: typeColour(n.type), label: n.name, kind: n.type, aliases: n.aliases });
    }
    for (const e of all.edges) graph.addDirectedEdgeWithKey(e.id, e.source, e.target, { label: predicateLabel(e.predicate), predicate: e.predicate, color: STATUS_COLOURS[e.status]!, size: 2 });
    controls.setData(all);
  }

  function visible(f: ChartFilters): void {
    const edgesShown = [...current.edges.values()].filter((e) => f.predicates.has(e.predicate) && f.statuses.has(e.status)
      && f.types.has(graph.getNodeAttribute(e.source, 'kind') ?? '') && f.types.has(graph.getNodeAttribute(e.target, 'kind') ?? ''));
    visibleNodes = new Set(edgesShown.flatMap((e) => [e.source, e.target]));
    shownEdges = new Set(edgesShown.map((e) => e.id));
    status.dataset.nodes = String(visibleNodes.size);
    status.dataset.edges = String(shownEdges.size);
    status.textContent = `${visibleNodes.size} entities, ${shownEdges.size} relations ${f.asOf ? `as of ${f.asOf}` : 'over all time'}.`;
    clear(list);
    const sorted = [...visibleNodes].sort((a, b) => graph.getNodeAttribute(a, 'label').localeCompare(graph.getNodeAttribute(b, 'label')));
    for (const id of sorted) {
      const a = graph.getNodeAttributes(id);
      list.append(h('li', {}, h('a', { href: `#/entity/${encodeURIComponent(id)}`, 'data-entity': id }, a.label), ` (${a.kind ?? 'unknown'})`));
    }
    renderer?.refresh();
  }

  async function refresh(): Promise<void> {
    const f = controls.filters();
    const mine = ++request;
    const query = new URLSearchParams({ includeProposed: String(f.statuses.has('proposed')) });
    if (f.asOf) query.set('asOf', f.asOf);
    try {
      const view = await get<GraphView>(`/api/graph?${query}`);
      if (mine !== request) return;
      current = { nodes: new Set(view.nodes.map((n) => n.id)), edges: new Map(view.edges.filter((e) => graph.hasEdge(e.id)).map((e) => [e.id, e])) };
      visible(f);
    } catch (e) { showError(`Could not load the graph: ${(e as Error).message}`); }
  }

  /** Past a few thousand edges a software-rendered frame costs too much to redraw edges and labels while the camera moves. */
  const isBig = (): boolean => graph.size > BIG_EDGES;
  let detailed = true;

  function tune(): void {
    if (!renderer) return;
    const big = isBig();
    renderer.setSetting('hideEdgesOnMove', big);
    renderer.setSetting('hideLabelsOnMove', big);
    renderer.setSetting('labelRenderedSizeThreshold', big ? 12 : 6);
    // Fewer label candidates per grid cell: the full redraw after each gesture draws fewer strings.
    renderer.setSetting('labelDensity', big ? 0.1 : 0.5);
    renderer.setSetting('labelGridCellSize', big ? 150 : 100);
    zoomLabels();
  }

  /** On a big chart, edge labels only once zoomed in far enough that few edges are on screen. */
  function zoomLabels(): void {
    if (!renderer) return;
    const want = !isBig() || renderer.getCamera().ratio < EDGE_LABEL_RATIO;
    if (renderer.getSetting('renderEdgeLabels') !== want) renderer.setSetting('renderEdgeLabels', want);
    // Arrowheads cost a second program per edge; zoomed out on a big chart they are too small to read anyway.
    if (want !== detailed) { detailed = want; renderer.refresh(); }
  }

  function ensureRenderer(): void {
    if (renderer) { tune(); renderer.resize(); renderer.refresh(); return; }
    renderer = new Sigma(graph, container, {
      allowInvalidContainer: true, renderEdgeLabels: true, defaultEdgeType: 'arrow', labelDensity: 0.5, labelRenderedSizeThreshold: 6,
      labelFont: 'system-ui, sans-serif', edgeLabelFont: 'system-ui, sans-serif', edgeLabelSize: 11, labelColor: { color: '#111827' }, edgeLabelColor: { color: '#374151' },
      zIndex: true,
      defaultNodeType: 'shaped',
      nodeProgramClasses: { shaped: ShapedNodeProgram },
      // `thin` is one GL line per edge (2 vertices, no antialiasing), for big charts seen from afar.
      edgeProgramClasses: { dashed: DashedArrowProgram, thin: EdgeLineProgram },
      enableEdgeEvents: false,
      nodeReducer: (node, data) => {
        if (!visibleNodes.has(node)) return { ...data, hidden: true };
        return node === selected ? { ...data, highlighted: true, forceLabel: true, zIndex: 2 } : data;
      },
      edgeReducer: (edge, data) => {
        const e = current.edges.get(edge);
        if (!e || !shownEdges.has(edge)) return { ...data, hidden: true };
        const touches = selected !== null && (e.source === selected || e.target === selected);
        const type = touches || detailed ? (e.status === 'proposed' ? 'dashed' : 'arrow') : 'thin';
        return { ...data, type, color: STATUS_COLOURS[e.status] ?? data.color, size: touches ? 3 : detailed ? 2 : 1, zIndex: e.status === 'disputed' ? 1 : 0 };
      },
    });
    // The first frame with nodes in it: what the benchmark and the e2e tests wait for.
    const mark = (): void => {
      if (container.dataset.ready === 'true' || visibleNodes.size === 0) return;
      container.dataset.ready = 'true';
      (window as unknown as { __cellgraphReady?: number }).__cellgraphReady = performance.now();
      renderer?.off('afterRender', mark);
    };
    renderer.on('afterRender', mark);
    renderer.getCamera().on('updated', zoomLabels);
    skipHoverWhileMoving(renderer);
    tune();
    renderer.on('clickNode', ({ node }) => go(`#/entity/${encodeURIComponent(node)}`));
    renderer.on('enterNode', () => { container.style.cursor = 'pointer'; });
    renderer.on('leaveNode', () => { container.style.cursor = ''; });
  }

  /**
   * Hover detection reads the picking buffer back from the GPU on every mouse move,
   * which stalls a software-rendered frame; while a big chart is dragged or zoomed no
   * node can be meant, so none is looked for, and the picking pass is not drawn.
   */
  function skipHoverWhileMoving(r: Sigma<NodeAttrs, EdgeAttrs>): void {
    // sigma keeps its mouse captor's state private. These are the fields its own render() reads to decide
    // "moving", so the full frame (edges, and here the picking pass) comes back as soon as they say it stopped.
    const inner = r as unknown as { getNodeAtPosition(p: unknown): string | null; mouseCaptor: { isMoving: boolean; draggedEvents: number; currentWheelDirection: number } };
    const moving = (): boolean => {
      const m = inner.mouseCaptor;
      return isBig() && (m.isMoving || m.draggedEvents > 0 || m.currentWheelDirection !== 0 || r.getCamera().isAnimated());
    };
    const pick = inner.getNodeAtPosition.bind(r);
    inner.getNodeAtPosition = (p) => (moving() ? null : pick(p));
    skipPickingWhile(r, moving);
  }

  function focus(id: string): void {
    if (!renderer || !graph.hasNode(id)) return;
    const d = renderer.getNodeDisplayData(id);
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (d) void renderer.getCamera().animate({ x: d.x, y: d.y, ratio: 0.6 }, { duration: still ? 0 : 400 });
  }

  return {
    el,
    async show(params: RouteParams) {
      try {
        if (builtFor !== ledgerVersion()) {
          const all = await graphAllTime();
          build(all);
          builtFor = ledgerVersion();
          ensureRenderer();
          await refresh();
        } else ensureRenderer();
      } catch (e) { showError(`Could not load the graph: ${(e as Error).message}`); }
      selected = params.id;
      renderer?.refresh();
      if (params.id) await profile.open(params.id); else profile.close();
      // Opening or closing the profile changes the chart's width.
      renderer?.resize();
      renderer?.refresh();
      if (params.id) { focus(params.id); profile.el.focus({ preventScroll: true }); }
    },
  };
}
