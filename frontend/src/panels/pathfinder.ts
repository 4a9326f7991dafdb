// 查关系: the shortest connections between two entities, laid out left to right.
import { api } from '../api';
import { el, replaceChildren } from '../dom';
import { formatCount } from '../format';
import { t, tEdge } from '../i18n';
import { button, errorState } from '../ui';
import type { ModeController } from './mode';
import { createSearchBox, type SearchBox } from './search';

const ui = {
  result: '' as string,
  resultTestid: 'path-result',
  from: null as SearchBox | null,
  to: null as SearchBox | null,
};

/** Shows a readable name for an id in the URL once the company answers (ids stay usable as typed). */
function fillName(box: SearchBox, id: string | null): void {
  if (!id) {
    box.setValue('', null);
    return;
  }
  box.setValue(id, id);
  api.company(id).then((c) => {
    if (box.pickedId() === id && c?.name) box.setValue(c.name, id);
  }, () => {});
}

export const pathMode: ModeController = {
  renderTools(ctx, container) {
    const s = ctx.state();
    ui.from ??= createSearchBox({ testid: 'path-from', placeholder: () => t('search.placeholder'), onPick: () => {} });
    ui.to ??= createSearchBox({ testid: 'path-to', placeholder: () => t('search.placeholder'), onPick: () => {} });
    ui.from.relabel();
    ui.to.relabel();
    if (ui.from.pickedId() !== s.from && !(ui.from.input.value && !ui.from.pickedId() && ui.from.input.value === s.from)) fillName(ui.from, s.from);
    if (ui.to.pickedId() !== s.to && !(ui.to.input.value && !ui.to.pickedId() && ui.to.input.value === s.to)) fillName(ui.to, s.to);
    const depth = el('select', { 'data-testid': 'path-max-depth', id: 'path-max-depth' },
      [2, 3, 4, 5, 6, 8].map((d) => {
        const o = el('option', { value: String(d) }, String(d));
        if (d === s.depth) o.selected = true;
        return o;
      }));
    const find = () => {
      const from = ui.from!.pickedId() ?? (ui.from!.input.value.trim() || null);
      const to = ui.to!.pickedId() ?? (ui.to!.input.value.trim() || null);
      ctx.navigate({ from, to, depth: Number(depth.value) }, true);
    };
    const form = el('form', { class: 'path-form', 'data-testid': 'path-form' },
      el('label', { class: 'field wide' }, el('span', {}, t('path.from')), ui.from.root),
      el('label', { class: 'field wide' }, el('span', {}, t('path.to')), ui.to.root),
      el('div', { class: 'field-row' },
        el('label', { class: 'field' }, el('span', {}, t('path.maxDepth')), depth),
        el('button', { type: 'submit', class: 'btn primary', 'data-testid': 'path-find' }, t('path.find'))),
      el('p', { class: 'muted small' }, t('path.hint')));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      find();
    });
    replaceChildren(container,
      el('section', { class: 'panel-section' },
        el('h3', {}, t('mode.path')),
        form,
        s.company && s.from !== s.company
          ? button(t('action.pathFrom'), 'path-use-current', () => ctx.navigate({ from: s.company }, false), 'small')
          : null,
        ui.result ? el('p', { 'data-testid': ui.resultTestid }, ui.result) : null));
  },

  async load(ctx, alive) {
    const s = ctx.state();
    ui.result = '';
    if (!s.from || !s.to) {
      await ctx.graph.setElements({ nodes: [], edges: [] });
      ctx.graphMessage(t('path.hint'), 'graph-empty');
      return;
    }
    ctx.graphMessage(t('state.loading'), 'graph-loading');
    try {
      const data = await api.path(s.from, s.to, s.depth);
      if (!alive()) return;
      if (!data.nodes?.length) {
        await ctx.graph.setElements({ nodes: [], edges: [] });
        ui.result = t('path.none');
        ui.resultTestid = 'path-none';
        ctx.graphMessage(t('path.none'), 'graph-empty');
      } else {
        ctx.graphMessage(null);
        ui.result = t('path.found', { nodes: formatCount(data.nodes.length), edges: formatCount(data.edges?.length ?? 0) });
        ui.resultTestid = 'path-result';
        await ctx.graph.setElements(data, {
          rootId: s.from,
          layout: 'dagre-lr',
          edgeLabel: (e) => {
            if (data.edges.length > 80) return null;
            const detail = e.props?.role ?? e.props?.position ?? null;
            return detail === null || detail === '' ? tEdge(String(e.type)) : `${tEdge(String(e.type))} · ${String(detail)}`;
          },
          nodeClasses: { [s.from]: 'endpoint', [s.to]: 'endpoint' },
        });
      }
    } catch (err) {
      if (!alive()) return;
      await ctx.graph.setElements({ nodes: [], edges: [] });
      ui.result = errorState(err).textContent ?? '';
      ui.resultTestid = 'path-error';
      ctx.graphMessage(ui.result, 'graph-error');
    }
  },
};
