// Explore: the company's neighbourhood, expanded node by node per relation category, with filters, collapse,
// undo and a visible cap on the number of elements.
import { api } from '../api';
import type { AppContext } from '../context';
import { el, replaceChildren } from '../dom';
import { formatCount } from '../format';
import { t, tNode } from '../i18n';
import { CATEGORIES, CATEGORY_LABEL, CATEGORY_TYPES, NODE_LABELS, type Category } from '../graph/relations';
import type { LayoutName, NodeInfo } from '../graph/view';
import { button, errorState } from '../ui';
import type { ModeController } from './mode';
import { trimToBudget } from './trim';

const DEFAULT_CAP = 5000;
const MAX_PER_EXPANSION = 2000;

const ui = {
  selected: null as NodeInfo | null,
  depth: 2,
  cap: DEFAULT_CAP,
  truncated: false,
  note: '' as string,
  hiddenCategories: new Set<string>(),
  hiddenLabels: new Set<string>(),
  busy: false,
};

export function exploreSelect(node: NodeInfo | null): void {
  ui.selected = node;
}

async function expand(ctx: AppContext, category: Category | 'all'): Promise<void> {
  const sel = ui.selected;
  if (!sel || ui.busy) return;
  const remaining = ui.cap - ctx.graph.counts().total;
  if (remaining <= 0) {
    ui.note = t('explore.capReached', { cap: formatCount(ui.cap) });
    ctx.refreshTools();
    return;
  }
  ui.busy = true;
  ui.note = t('state.loading');
  ctx.refreshTools();
  try {
    const types = category === 'all' ? [] : CATEGORY_TYPES[category];
    const data = await api.neighborhood(sel.id, 1, types, Math.min(remaining, MAX_PER_EXPANSION));
    const present = new Set(ctx.graph.cy.nodes().map((n) => n.id()));
    const fitted = trimToBudget(data, remaining, present);
    const added = await ctx.graph.expand(sel.id, fitted);
    ui.truncated = Boolean(fitted.truncated);
    ui.note = t('explore.added', { n: formatCount(added) });
  } catch (err) {
    ui.note = errorState(err).textContent ?? '';
  } finally {
    ui.busy = false;
    ctx.refreshTools();
  }
}

function select(label: string, testid: string, value: string, options: Array<[string, string]>, onChange: (v: string) => void): HTMLElement {
  const s = el('select', { 'data-testid': testid, id: testid }, options.map(([v, text]) => {
    const o = el('option', { value: v }, text);
    if (v === value) o.selected = true;
    return o;
  }));
  s.addEventListener('change', () => onChange(s.value));
  return el('label', { class: 'field' }, el('span', {}, label), s);
}

export function statusLine(ctx: AppContext, cap: number | null): HTMLElement {
  const c = ctx.graph.counts();
  return el('div', { class: 'cap-status', 'data-testid': 'cap-status', 'data-nodes': c.nodes, 'data-edges': c.edges },
    t('explore.status', { nodes: formatCount(c.nodes), edges: formatCount(c.edges), cap: cap === null ? '—' : formatCount(cap) }));
}

export const exploreMode: ModeController = {
  renderTools(ctx, container) {
    const sel = ui.selected && ctx.graph.nodeInfo(ui.selected.id);
    const total = ctx.graph.counts().total;
    const full = total >= ui.cap;
    const expandButtons = sel
      ? [...CATEGORIES.map((c) => button(t(CATEGORY_LABEL[c]), `expand-${c}`, () => void expand(ctx, c))),
        button(t('explore.expandAll'), 'expand-all', () => void expand(ctx, 'all'), 'primary')]
      : [];
    for (const b of expandButtons) b.disabled = ui.busy || full;

    replaceChildren(container,
      el('section', { class: 'panel-section' },
        statusLine(ctx, ui.cap),
        ui.truncated ? el('div', { class: 'warn', 'data-testid': 'truncated-warning' }, t('explore.truncated')) : null,
        full ? el('div', { class: 'warn', 'data-testid': 'cap-reached' }, t('explore.capReached', { cap: formatCount(ui.cap) })) : null,
        ui.note ? el('div', { class: 'muted small', 'data-testid': 'explore-note' }, ui.note) : null),
      el('section', { class: 'panel-section', 'data-testid': 'selected-node' },
        el('h3', {}, t('explore.selected')),
        sel
          ? el('div', {},
            el('div', { class: 'selected-name', 'data-testid': 'selected-name' }, sel.name),
            el('div', { class: 'muted small' }, `${tNode(sel.label)} · ${sel.id} · ${t('explore.degree', { n: sel.degree })}`),
            sel.label === 'Company' && sel.id !== ctx.state().company
              ? button(t('explore.openCompany'), 'open-company', () => ctx.navigate({ company: sel.id }, true), 'small')
              : null,
            el('h4', {}, t('explore.expand')),
            el('div', { class: 'button-grid' }, expandButtons),
            el('div', { class: 'button-row' },
              button(t('explore.collapse'), 'collapse-node', () => {
                ctx.graph.collapse(sel.id);
                ctx.refreshTools();
              })))
          : el('p', { class: 'muted' }, t('explore.noneSelected')),
        el('div', { class: 'button-row' },
          Object.assign(button(t('explore.undo'), 'undo-expand', () => {
            ctx.graph.undo();
            ctx.refreshTools();
          }), { disabled: !ctx.graph.canUndo() }))),
      el('section', { class: 'panel-section' },
        el('div', { class: 'field-row' },
          select(t('explore.depth'), 'explore-depth', String(ui.depth), [['1', '1'], ['2', '2'], ['3', '3']], (v) => {
            ui.depth = Number(v);
            void exploreMode.load(ctx, () => true);
          }),
          (() => {
            const input = el('input', { type: 'number', min: '100', max: '20000', step: '500', value: String(ui.cap), 'data-testid': 'cap-input', id: 'cap-input' });
            input.addEventListener('change', () => {
              const v = Number.parseInt(input.value, 10);
              if (Number.isFinite(v) && v >= 100) ui.cap = Math.min(v, 20000);
              ctx.refreshTools();
            });
            return el('label', { class: 'field' }, el('span', {}, t('explore.cap')), input);
          })()),
        el('div', { class: 'field-row' },
          select(t('explore.layout'), 'layout-select', '', [['', '—'], ['radial', t('layout.radial')], ['fcose', t('layout.fcose')], ['dagre', t('layout.dagre')], ['grid', t('layout.grid')]],
            (v) => {
              if (v) void ctx.graph.runLayout(v as LayoutName, true);
            }),
          button(t('explore.fit'), 'fit-button', () => ctx.graph.fit()))),
      el('section', { class: 'panel-section', 'data-testid': 'filters' },
        el('h3', {}, t('explore.filters')),
        el('div', { class: 'checks' },
          CATEGORIES.map((c) => checkbox(`filter-${c}`, t(CATEGORY_LABEL[c]), !ui.hiddenCategories.has(c), (on) => {
            if (on) ui.hiddenCategories.delete(c);
            else ui.hiddenCategories.add(c);
            ctx.graph.setFilters(ui.hiddenCategories, ui.hiddenLabels);
          })),
          NODE_LABELS.map((l) => checkbox(`filter-node-${l}`, tNode(l), !ui.hiddenLabels.has(l), (on) => {
            if (on) ui.hiddenLabels.delete(l);
            else ui.hiddenLabels.add(l);
            ctx.graph.setFilters(ui.hiddenCategories, ui.hiddenLabels);
          })))),
    );
  },

  async load(ctx, alive) {
    const company = ctx.state().company;
    ui.selected = null;
    ui.truncated = false;
    ui.note = '';
    if (!company) {
      await ctx.graph.setElements({ nodes: [], edges: [] });
      ctx.graphMessage(t('state.pickCompany'), 'graph-empty');
      return;
    }
    ctx.graphMessage(t('state.loading'), 'graph-loading');
    try {
      const data = await api.neighborhood(company, ui.depth, [], ui.cap);
      if (!alive()) return;
      const fitted = trimToBudget(data, ui.cap, new Set());
      ctx.graphMessage(null);
      ui.truncated = Boolean(data.truncated || fitted.truncated);
      ctx.graph.setFilters(ui.hiddenCategories, ui.hiddenLabels, false);
      await ctx.graph.setElements(fitted, { rootId: company, layout: 'radial' });
      if (alive()) ui.selected = ctx.graph.select(company, false);
    } catch (err) {
      if (!alive()) return;
      await ctx.graph.setElements({ nodes: [], edges: [] });
      ctx.graphMessage(errorState(err).textContent, 'graph-error');
    }
    ctx.refreshTools();
  },
};

function checkbox(testid: string, label: string, checked: boolean, onChange: (on: boolean) => void): HTMLElement {
  const input = el('input', { type: 'checkbox', 'data-testid': testid, id: testid });
  input.checked = checked;
  input.addEventListener('change', () => onChange(input.checked));
  return el('label', { class: 'check', for: testid }, input, label);
}
