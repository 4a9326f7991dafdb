// Guarantee views: the company's circle with its loops and longest chain, and "what if it defaults":
// the contagion set (its guarantors, transitively) with the exposure along each path.
import { api, NotAvailableError } from '../api';
import type { AppContext } from '../context';
import { el, replaceChildren } from '../dom';
import { formatCount, formatMoney } from '../format';
import { t } from '../i18n';
import type { Contagion, GraphData, GraphEdge, GraphNode, GuaranteeCircle } from '../types';
import { asRef, button, errorState, entityLink, loading } from '../ui';
import type { ModeController } from './mode';

const LABEL_EDGES_MAX = 250;

const ui = {
  circle: null as GuaranteeCircle | null,
  circleError: null as unknown,
  contagion: null as Contagion | null,
  contagionError: null as unknown,
  contagionLoading: false,
  circles: null as GuaranteeCircle[] | null,
  circlesError: null as unknown,
  selectedPath: null as string | null,
};

function memberIds(c: GuaranteeCircle): string[] {
  return (c.members ?? []).map(asRef).filter((r) => r !== null).map((r) => r.id);
}

/** The circle of a company: the id in its GUARANTEE_CIRCLE tag evidence, else a scan of the circle list. */
async function findCircle(companyId: string): Promise<GuaranteeCircle | null> {
  try {
    const tags = await api.tags(companyId);
    const tag = (tags ?? []).find((x) => x.code === 'GUARANTEE_CIRCLE');
    const ev = tag?.evidence ?? {};
    const id = ev.circleId ?? ev.circle ?? ev.id;
    if (typeof id === 'string' || typeof id === 'number') return await api.circle(String(id));
  } catch (err) {
    if (!(err instanceof NotAvailableError)) throw err;
  }
  const all = await api.circles(3);
  const hit = (all ?? []).find((c) => memberIds(c).includes(companyId));
  if (!hit) return null;
  return hit.edges ? hit : await api.circle(String(hit.id));
}

export function circleGraph(c: GuaranteeCircle): GraphData {
  const nodes: GraphNode[] = (c.members ?? []).map(asRef).filter((r) => r !== null).map((r) => ({
    id: r.id,
    label: r.type ?? 'Company',
    name: r.name ?? r.id,
  }));
  // Parallel contracts arrive summed or not; keep one edge per ordered pair, amounts added.
  const edges = new Map<string, GraphEdge>();
  for (const e of c.edges ?? []) {
    const id = `gc:${e.from}>${e.to}`;
    const prev = edges.get(id);
    const amount = (Number(prev?.props?.amount ?? 0) || 0) + (Number(e.amount ?? 0) || 0);
    edges.set(id, { id, source: String(e.from), target: String(e.to), type: 'GUARANTEES', props: { amount } });
  }
  return { nodes, edges: [...edges.values()] };
}

/**
 * Contagion paths as guarantee edges. The call travels from the defaulted company X to its guarantors, i.e.
 * against the guarantor → borrower direction, so a path [X, g1, g2] means g1 → X and g2 → g1.
 */
export function contagionGraph(c: Contagion): GraphData {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  for (const m of c.members ?? []) {
    nodes.push({ id: String(m.id), label: 'Company', name: m.name ?? String(m.id) });
    const path = (m.path ?? []).map(String);
    const fromX = path[0] === String(c.companyId);
    for (let i = 0; i + 1 < path.length; i++) {
      const [source, target] = fromX ? [path[i + 1]!, path[i]!] : [path[i]!, path[i + 1]!];
      const id = `ctg:${source}>${target}`;
      if (seen.has(id)) continue;
      seen.add(id);
      edges.push({ id, source, target, type: 'GUARANTEES', props: {} });
    }
  }
  return { nodes, edges };
}

function amountLabel(e: GraphEdge): string | null {
  const a = e.props?.amount;
  return typeof a === 'number' && a > 0 ? formatMoney(a) : null;
}

function loopsOf(c: GuaranteeCircle, companyId: string): string[][] {
  const loops = (c.loops ?? []).filter((l) => Array.isArray(l) && l.length > 1).map((l) => l.map(String));
  const mine = loops.filter((l) => l.includes(companyId));
  return mine.length ? mine : loops;
}

async function whatIf(ctx: AppContext): Promise<void> {
  const company = ctx.state().company;
  if (!company) return;
  ui.contagionLoading = true;
  ui.contagionError = null;
  ctx.refreshTools();
  try {
    const c = await api.contagion(company);
    if (ctx.state().company !== company) return;
    ui.contagion = c;
    showContagion(ctx, c);
  } catch (err) {
    ui.contagionError = err;
  } finally {
    ui.contagionLoading = false;
    ctx.refreshTools();
  }
}

function showContagion(ctx: AppContext, c: Contagion): void {
  const g = ctx.graph;
  g.addOverlay(contagionGraph(c));
  const max = Math.max(1, ...(c.members ?? []).map((m) => Number(m.exposurePath ?? m.exposureFirstOrder ?? 0) || 0));
  g.removeClassEverywhere('contagion defaulted');
  g.setNodeData(String(c.companyId), {}, 'defaulted');
  for (const m of c.members ?? []) {
    const exposure = (Number(m.exposurePath ?? m.exposureFirstOrder ?? 0) || 0) / max;
    g.setNodeData(String(m.id), { exposure }, 'contagion');
  }
  const paths = (c.members ?? []).map((m) => (m.path ?? []).map(String)).filter((p) => p.length > 1);
  g.highlight([String(c.companyId), ...(c.members ?? []).map((m) => String(m.id))], paths, 'GUARANTEES');
}

export const guaranteeMode: ModeController = {
  renderTools(ctx, container) {
    const company = ctx.state().company;
    const c = ui.circle;
    const sections: HTMLElement[] = [];
    if (!company && !c) {
      sections.push(el('p', { class: 'muted' }, t('state.pickCompany')));
    }
    if (c) {
      const loops = company ? loopsOf(c, company) : (c.loops ?? []);
      const chain = Array.isArray(c.longestChain) ? c.longestChain.map(String) : null;
      const chainLen = chain ? chain.length - 1 : typeof c.longestChain === 'number' ? c.longestChain : null;
      sections.push(el('section', { class: 'panel-section', 'data-testid': 'circle-info', 'data-circle-id': String(c.id) },
        el('h3', {}, t('guarantee.circle'), ' ', el('span', { class: 'mono muted small' }, String(c.id))),
        el('dl', { class: 'facts' },
          el('dt', {}, t('guarantee.size')), el('dd', { 'data-testid': 'circle-size' }, formatCount(c.size ?? memberIds(c).length)),
          el('dt', {}, t('guarantee.total')), el('dd', {}, formatMoney(c.totalAmount ?? null)),
          el('dt', {}, t('guarantee.loops')), el('dd', {}, formatCount((c.loops ?? []).length)),
          el('dt', {}, t('guarantee.longestChain')), el('dd', {}, chainLen === null ? '—' : t('guarantee.chainLength', { n: chainLen }))),
        el('div', { class: 'button-grid' },
          button(t('guarantee.highlightCircle'), 'circle-highlight', () => ctx.graph.highlightInduced(memberIds(c), 'GUARANTEES'), 'primary'),
          Object.assign(button(t('guarantee.highlightLoop'), 'loop-highlight', () => {
            const loop = loops[0];
            if (loop) ctx.graph.highlight(loop, [[...loop, loop[0]!]], 'GUARANTEES');
          }), { disabled: loops.length === 0 }),
          Object.assign(button(t('guarantee.highlightChain'), 'chain-highlight', () => {
            if (chain) ctx.graph.highlight(chain, [chain], 'GUARANTEES');
          }), { disabled: !chain || chain.length < 2 }),
          button(t('guarantee.clear'), 'clear-highlight', () => ctx.graph.clearHighlight()))));
    } else if (ui.circleError) {
      sections.push(el('section', { class: 'panel-section' }, el('h3', {}, t('guarantee.circle')), errorState(ui.circleError)));
    } else if (company) {
      sections.push(el('section', { class: 'panel-section' }, el('h3', {}, t('guarantee.circle')),
        el('p', { class: 'muted', 'data-testid': 'no-circle' }, t('guarantee.noCircle'))));
    }

    if (company) {
      const cont = ui.contagion && String(ui.contagion.companyId) === company ? ui.contagion : null;
      const members = [...(cont?.members ?? [])].sort((a, b) =>
        (Number(b.exposurePath ?? 0) || 0) - (Number(a.exposurePath ?? 0) || 0));
      sections.push(el('section', { class: 'panel-section', 'data-testid': 'whatif' },
        el('h3', {}, t('guarantee.whatIf')),
        button(t('guarantee.whatIf'), 'whatif-button', () => void whatIf(ctx), 'danger'),
        ui.contagionLoading ? loading() : null,
        ui.contagionError ? errorState(ui.contagionError) : null,
        cont
          ? el('div', {},
            el('p', { 'data-testid': 'contagion-count' }, t('guarantee.contagionSet', { n: formatCount(members.length) })),
            el('table', { class: 'table', 'data-testid': 'contagion-table' },
              el('thead', {}, el('tr', {},
                el('th', {}, t('node.Company')),
                el('th', { class: 'num' }, t('guarantee.exposureFirst')),
                el('th', { class: 'num' }, t('guarantee.exposurePath')))),
              el('tbody', {}, members.slice(0, 200).map((m) => {
                const tr = el('tr', { 'data-testid': 'contagion-row', 'data-id': String(m.id), class: ui.selectedPath === String(m.id) ? 'active' : '' },
                  el('td', {}, entityLink(ctx, { id: String(m.id), name: m.name ?? null, type: 'Company' }),
                    (m.path ?? []).length > 2 ? el('div', { class: 'muted small' },
                      `${t('guarantee.path')}: ${(m.path ?? []).map((id) => ctx.graph.nodeInfo(String(id))?.name ?? id).join(' → ')}`) : null),
                  el('td', { class: 'num' }, formatMoney(m.exposureFirstOrder ?? null)),
                  el('td', { class: 'num' }, formatMoney(m.exposurePath ?? null)));
                tr.addEventListener('click', (e) => {
                  if ((e.target as HTMLElement).closest('a')) return;
                  ui.selectedPath = String(m.id);
                  ctx.graph.highlight([String(cont.companyId), String(m.id)], [(m.path ?? []).map(String)], 'GUARANTEES');
                  tr.parentElement?.querySelectorAll('tr').forEach((row) => row.classList.toggle('active', row === tr));
                });
                return tr;
              }))))
          : null));
    }

    const list = el('div', { 'data-testid': 'circle-list' });
    if (ui.circles) {
      replaceChildren(list, el('ul', { class: 'plain' }, [...ui.circles]
        .sort((a, b) => (b.size ?? 0) - (a.size ?? 0)).slice(0, 50).map((c2) => el('li', {},
          el('a', {
            href: '#',
            class: `entity ${ui.circle && String(ui.circle.id) === String(c2.id) ? 'active' : ''}`,
            'data-testid': 'circle-list-item',
            'data-circle-id': String(c2.id),
            onclick: (e: Event) => {
              e.preventDefault();
              ctx.navigate({ circle: String(c2.id) });
            },
          }, String(c2.id)),
          ' ', el('span', { class: 'muted small' }, t('guarantee.circleItem', { size: c2.size ?? memberIds(c2).length, amount: formatMoney(c2.totalAmount ?? null) }))))));
    } else if (ui.circlesError) {
      list.append(errorState(ui.circlesError));
    }
    sections.push(el('section', { class: 'panel-section' },
      el('details', {
        ontoggle: (e: Event) => {
          if ((e.target as HTMLDetailsElement).open && !ui.circles && !ui.circlesError) {
            api.circles(3).then((cs) => { ui.circles = cs ?? []; }, (err: unknown) => { ui.circlesError = err; })
              .finally(() => ctx.refreshTools());
          }
        },
        ...(ui.circles || ui.circlesError ? { open: true } : {}),
      }, el('summary', { 'data-testid': 'circle-list-toggle' }, t('guarantee.circles')), list)));
    replaceChildren(container, sections);
  },

  async load(ctx, alive) {
    const s = ctx.state();
    ui.circle = null;
    ui.circleError = null;
    ui.contagion = null;
    ui.contagionError = null;
    ui.selectedPath = null;
    if (!s.company && !s.circle) {
      await ctx.graph.setElements({ nodes: [], edges: [] });
      ctx.graphMessage(t('state.pickCompany'), 'graph-empty');
      return;
    }
    ctx.graphMessage(t('state.loading'), 'graph-loading');
    try {
      ui.circle = s.circle ? await api.circle(s.circle) : await findCircle(s.company!);
    } catch (err) {
      ui.circleError = err;
    }
    if (!alive()) return;
    try {
      if (ui.circle) {
        const data = circleGraph(ui.circle);
        ctx.graphMessage(null);
        await ctx.graph.setElements(data, {
          rootId: s.company,
          layout: data.nodes.length <= 300 ? 'fcose' : 'radial',
          ...(data.edges.length <= LABEL_EDGES_MAX ? { edgeLabel: amountLabel } : {}),
        });
      } else if (s.company) {
        const data = await api.neighborhood(s.company, 2, ['GUARANTEES'], 2000);
        if (!alive()) return;
        ctx.graphMessage(null);
        await ctx.graph.setElements(data, {
          rootId: s.company,
          layout: 'radial',
          ...((data.edges ?? []).length <= LABEL_EDGES_MAX ? { edgeLabel: amountLabel } : {}),
        });
      }
    } catch (err) {
      if (!alive()) return;
      await ctx.graph.setElements({ nodes: [], edges: [] });
      ctx.graphMessage(errorState(err).textContent, 'graph-error');
    }
  },
};
