// Equity penetration (股权穿透): holders above, subsidiaries below, dagre top-to-bottom, direct / integrated
// stakes on the edges and the control path to the ultimate controller in red.
import { api } from '../api';
import { el, replaceChildren } from '../dom';
import { formatPercent } from '../format';
import { t, type MessageKey } from '../i18n';
import type { Control, GraphData, GraphEdge, GraphNode, OwnershipNode } from '../types';
import { DIRECTIONS, type Direction } from '../urlState';
import { asRef, asyncSection, entityLink, errorState, pathLinks } from '../ui';
import type { ModeController } from './mode';

function nodeLabel(type: string | null | undefined): string {
  const v = String(type ?? 'Company').toLowerCase();
  if (v.startsWith('person') || v === 'natural_person') return 'Person';
  if (v.startsWith('external')) return 'External';
  return 'Company';
}

/**
 * Flattens the up and down trees into one graph. Holders point at what they hold (HOLDS direction), so the
 * up tree's children are sources and the down tree's children are targets. A holder met on several
 * branches becomes one node (the tree becomes a DAG, which dagre lays out fine).
 */
export function ownershipGraph(up: OwnershipNode | null, down: OwnershipNode | null): GraphData {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const addNode = (n: OwnershipNode) => {
    if (!nodes.has(String(n.id))) nodes.set(String(n.id), { id: String(n.id), label: nodeLabel(n.type), name: n.name ?? String(n.id) });
  };
  const walk = (n: OwnershipNode, upward: boolean, seen: Set<string>) => {
    addNode(n);
    if (seen.has(String(n.id))) return;
    seen.add(String(n.id));
    for (const child of n.children ?? []) {
      addNode(child);
      const [source, target] = upward ? [String(child.id), String(n.id)] : [String(n.id), String(child.id)];
      const id = `own:${source}>${target}`;
      if (!edges.has(id)) {
        edges.set(id, { id, source, target, type: 'HOLDS', props: { direct: child.direct ?? null, integrated: child.integrated ?? null } });
      }
      walk(child, upward, new Set(seen));
    }
  };
  if (up) walk(up, true, new Set());
  if (down) walk(down, false, new Set());
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

function edgeLabel(e: GraphEdge): string {
  const direct = e.props?.direct;
  const integrated = e.props?.integrated;
  const parts = [];
  if (typeof direct === 'number') parts.push(`${t('ownership.direct')} ${formatPercent(direct)}`);
  if (typeof integrated === 'number') parts.push(`${t('ownership.integrated')} ${formatPercent(integrated)}`);
  return parts.join(' / ');
}

function controlPathIds(control: Control | null, companyId: string): string[] {
  if (!control) return [];
  const ids = (control.controlPath ?? []).map(asRef).filter((r) => r !== null).map((r) => r.id);
  if (!ids.length && control.ultimateController) return [companyId, control.ultimateController.id];
  return ids;
}

let lastControl: Control | null = null;

export const ownershipMode: ModeController = {
  renderTools(ctx, container) {
    const s = ctx.state();
    const dir = el('select', { 'data-testid': 'ownership-direction', id: 'ownership-direction' },
      DIRECTIONS.map((d) => {
        const o = el('option', { value: d }, t(`ownership.${d}` as MessageKey));
        if (d === s.dir) o.selected = true;
        return o;
      }));
    dir.addEventListener('change', () => ctx.navigate({ dir: dir.value as Direction }));
    const depth = el('select', { 'data-testid': 'ownership-depth', id: 'ownership-depth' },
      [1, 2, 3, 4, 5, 6, 8, 10].map((d) => {
        const o = el('option', { value: String(d) }, String(d));
        if (d === s.depth) o.selected = true;
        return o;
      }));
    depth.addEventListener('change', () => ctx.navigate({ depth: Number(depth.value) }));
    const company = s.company;
    replaceChildren(container,
      el('section', { class: 'panel-section' },
        el('h3', {}, t('mode.ownership')),
        el('div', { class: 'field-row' },
          el('label', { class: 'field' }, el('span', {}, t('ownership.direction')), dir),
          el('label', { class: 'field' }, el('span', {}, t('ownership.depth')), depth)),
        el('p', { class: 'muted small' }, t('ownership.hint'))),
      company
        ? asyncSection('company.control', 'ownership-control', async () => {
          const c = await api.control(company);
          return el('dl', { class: 'facts' },
            el('dt', {}, t('control.ultimate')),
            el('dd', { 'data-testid': 'ultimate-controller' }, c.ultimateController ? entityLink(ctx, c.ultimateController) : t('control.none')),
            el('dt', {}, t('control.path')),
            el('dd', {}, (c.controlPath ?? []).length ? pathLinks(ctx, c.controlPath) : '—'));
        }, () => ctx.state().company === company && ctx.state().mode === 'ownership')
        : null);
  },

  async load(ctx, alive) {
    const s = ctx.state();
    const company = s.company;
    if (!company) {
      await ctx.graph.setElements({ nodes: [], edges: [] });
      ctx.graphMessage(t('state.pickCompany'), 'graph-empty');
      return;
    }
    ctx.graphMessage(t('state.loading'), 'graph-loading');
    const wantUp = s.dir !== 'down';
    const wantDown = s.dir !== 'up';
    const [up, down, control] = await Promise.allSettled([
      wantUp ? api.ownership(company, 'up', s.depth) : Promise.resolve(null),
      wantDown ? api.ownership(company, 'down', s.depth) : Promise.resolve(null),
      api.control(company),
    ]);
    if (!alive()) return;
    const upTree = up.status === 'fulfilled' ? up.value : null;
    const downTree = down.status === 'fulfilled' ? down.value : null;
    lastControl = control.status === 'fulfilled' ? control.value : null;
    if (!upTree && !downTree) {
      await ctx.graph.setElements({ nodes: [], edges: [] });
      const reason = up.status === 'rejected' ? up.reason : down.status === 'rejected' ? down.reason : null;
      ctx.graphMessage(errorState(reason).textContent, 'graph-error');
      return;
    }
    ctx.graphMessage(null);
    const data = ownershipGraph(upTree, downTree);
    const pathIds = controlPathIds(lastControl, company);
    const classes: Record<string, string> = {};
    if (lastControl?.ultimateController) classes[lastControl.ultimateController.id] = 'endpoint';
    await ctx.graph.setElements(data, { rootId: company, layout: 'dagre', edgeLabel, nodeClasses: classes });
    if (alive() && pathIds.length > 1) ctx.graph.highlight(pathIds, [pathIds], undefined, false);
  },
};
