// Guanxi viewer: builds the page, keeps the view state in the URL and hands the graph to the current mode.
import './styles.css';
import { api, clearCache, getToken, setAsOfSource, setToken } from './api';
import type { AppContext } from './context';
import { byId, el, replaceChildren } from './dom';
import { setLang, t, tEdge, tNode, tSeverity, type MessageKey } from './i18n';
import { EDGE_COLORS, NODE_COLORS, NODE_LABELS, SEVERITY_COLORS } from './graph/relations';
import { GraphView } from './graph/view';
import { installLogin } from './login';
import { renderCompanyPanel } from './panels/company';
import { exploreMode, exploreSelect } from './panels/explore';
import { guaranteeMode } from './panels/guarantee';
import type { ModeController } from './panels/mode';
import { ownershipMode } from './panels/ownership';
import { pathMode } from './panels/pathfinder';
import { createSearchBox } from './panels/search';
import { resolveLinkNames } from './ui';
import { decodeState, encodeState, MODES, type Mode, type ViewState } from './urlState';

const CONTROLLERS: Record<Mode, ModeController> = {
  explore: exploreMode,
  ownership: ownershipMode,
  guarantee: guaranteeMode,
  path: pathMode,
};

let state: ViewState = decodeState(location.search);
setLang(state.lang);
setAsOfSource(() => state.asOf);

// ---- page skeleton (static texts are filled by renderChrome so that the language can change) ----
const search = createSearchBox({
  testid: 'search-input',
  placeholder: () => t('search.placeholder'),
  onPick: (hit) => navigate({ company: hit.id, mode: state.mode === 'path' ? 'explore' : state.mode, circle: null }, true),
});
const brand = el('div', { class: 'brand' });
const modeTabs = MODES.map((m) => el('button', {
  type: 'button',
  class: 'tab',
  role: 'tab',
  'data-testid': `mode-${m}`,
  'data-mode': m,
  onclick: () => navigate({ mode: m }, true),
}));
const asOfInput = el('input', { type: 'date', 'data-testid': 'asof-picker', id: 'asof-picker', max: '2100-12-31' });
const asOfLabel = el('label', { class: 'asof', for: 'asof-picker' });
const asOfClear = el('button', { type: 'button', class: 'btn small', 'data-testid': 'asof-clear' });
const exportPng = el('button', { type: 'button', class: 'btn', 'data-testid': 'export-png' });
const exportCsv = el('button', { type: 'button', class: 'btn', 'data-testid': 'export-csv' });
const langToggle = el('button', { type: 'button', class: 'btn', 'data-testid': 'lang-toggle' });
const logout = el('button', { type: 'button', class: 'btn small', 'data-testid': 'logout' });
const companyPanel = el('aside', { class: 'company-panel', id: 'company-panel', 'data-testid': 'company-panel' });
const toolsPanel = el('aside', { class: 'tools-panel', id: 'tools-panel', 'data-testid': 'tools-panel' });
const graphContainer = el('div', { class: 'graph', id: 'graph', 'data-testid': 'graph' });
const graphMessage = el('div', { class: 'graph-message', 'data-testid': 'graph-message', hidden: true });
const legend = el('details', { class: 'legend', 'data-testid': 'legend', open: true });

const root = byId('app');
replaceChildren(root,
  el('header', { class: 'topbar' },
    brand,
    search.root,
    el('nav', { class: 'tabs', role: 'tablist' }, modeTabs),
    el('div', { class: 'top-actions' },
      el('span', { class: 'asof-wrap' }, asOfLabel, asOfInput, asOfClear),
      exportPng, exportCsv, langToggle, logout)),
  el('main', { class: 'layout' },
    companyPanel,
    el('section', { class: 'graph-wrap' }, graphContainer, graphMessage, legend),
    toolsPanel));

const graph = new GraphView(graphContainer);

let loadSeq = 0;
const ctx: AppContext = {
  graph,
  state: () => state,
  navigate,
  async focusEntity(id, label) {
    if (graph.nodeInfo(id)) {
      const info = graph.select(id);
      graph.highlight([id], [], undefined, false);
      if (state.mode === 'explore') exploreSelect(info);
      ctx.refreshTools();
      return;
    }
    if (!label || label === 'Company') {
      navigate({ company: id }, true);
      return;
    }
    // A person, case or external party not on screen: bring its neighbourhood next to the current graph.
    try {
      const data = await api.neighborhood(id, 1, [], 300);
      await graph.expand(id, data);
      const info = graph.select(id);
      if (state.mode === 'explore') exploreSelect(info);
    } catch (err) {
      ctx.graphMessage(err instanceof Error ? err.message : String(err), 'graph-error');
    }
    ctx.refreshTools();
  },
  graphMessage(text, testid = 'graph-message') {
    graphMessage.hidden = text === null;
    graphMessage.textContent = text ?? '';
    graphMessage.dataset.testid = testid;
  },
  refreshTools() {
    CONTROLLERS[state.mode].renderTools(ctx, toolsPanel);
  },
};

graph.onSelect = (node) => {
  if (state.mode === 'explore') {
    exploreSelect(node);
    ctx.refreshTools();
  }
};
graph.onOpen = (node) => {
  if (node.label === 'Company') navigate({ company: node.id, mode: 'explore' }, true);
};
let statusTimer: ReturnType<typeof setTimeout> | undefined;
graph.onChange = () => {
  // Counts in the tools panel follow the graph, coalesced so that a burst of changes renders once.
  if (statusTimer !== undefined) clearTimeout(statusTimer);
  statusTimer = setTimeout(() => {
    ctx.refreshTools();
    resolveLinkNames(ctx);
  }, 30);
};

asOfInput.addEventListener('change', () => navigate({ asOf: asOfInput.value || null }));
asOfClear.addEventListener('click', () => navigate({ asOf: null }));
langToggle.addEventListener('click', () => navigate({ lang: state.lang === 'zh' ? 'en' : 'zh' }));
exportPng.addEventListener('click', () => graph.exportPng(`guanxi-${state.mode}-${state.company ?? 'graph'}.png`));
exportCsv.addEventListener('click', () => graph.exportCsv(`guanxi-${state.mode}-${state.company ?? 'graph'}`));
logout.addEventListener('click', () => {
  setToken(null);
  clearCache();
  location.reload();
});
window.addEventListener('popstate', () => {
  const prev = state;
  state = decodeState(location.search);
  apply(prev, state);
});

installLogin(() => {
  logout.hidden = false;
});

function navigate(patch: Partial<ViewState>, push = false): void {
  const prev = state;
  const next: ViewState = { ...state, ...patch };
  if (patch.company !== undefined && patch.company !== prev.company && patch.circle === undefined) next.circle = null;
  state = next;
  const url = encodeState(next) || location.pathname;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  apply(prev, next);
}

function renderChrome(): void {
  document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
  document.title = t('app.title');
  replaceChildren(brand, el('span', { class: 'brand-mark' }, '关系'), el('span', { class: 'brand-name' }, 'Guanxi'),
    el('span', { class: 'brand-sub' }, t('app.subtitle')));
  search.relabel();
  modeTabs.forEach((tab) => {
    const m = tab.dataset.mode as Mode;
    tab.textContent = t(`mode.${m}` as MessageKey);
  });
  asOfLabel.textContent = t('asOf.label');
  asOfInput.title = t('asOf.hint');
  asOfClear.textContent = t('asOf.clear');
  exportPng.textContent = t('export.png');
  exportCsv.textContent = t('export.csv');
  langToggle.textContent = t('lang.toggle');
  langToggle.title = t('lang.toggleTitle');
  logout.textContent = t('logout');
  logout.hidden = getToken() === null;
  renderLegend();
}

function swatch(color: string, cls: string): HTMLElement {
  const s = el('span', { class: `swatch ${cls}` });
  s.style.setProperty('--c', color);
  return s;
}

function renderLegend(): void {
  replaceChildren(legend,
    el('summary', {}, t('legend.title')),
    el('div', { class: 'legend-grid' },
      NODE_LABELS.map((l) => el('span', { class: 'legend-item' }, swatch(NODE_COLORS[l]!, `node-${l}`), tNode(l))),
      Object.entries(EDGE_COLORS).filter(([type]) => type !== 'SAME_PHONE' && type !== 'SAME_EMAIL')
        .map(([type, color]) => el('span', { class: 'legend-item' }, swatch(color, `edge edge-${type}`),
          type === 'SAME_ADDRESS' ? t('rel.contact') : tEdge(type))),
      (['high', 'medium', 'low'] as const).map((s) =>
        el('span', { class: 'legend-item' }, swatch(SEVERITY_COLORS[s], 'ring'), `${t('legend.severity')} ${tSeverity(s)}`))));
}

function apply(prev: ViewState | null, next: ViewState): void {
  const langChanged = !prev || prev.lang !== next.lang;
  if (langChanged) {
    setLang(next.lang);
    renderChrome();
  }
  modeTabs.forEach((tab) => {
    const on = tab.dataset.mode === next.mode;
    tab.classList.toggle('active', on);
    tab.setAttribute('aria-selected', String(on));
  });
  asOfInput.value = next.asOf ?? '';
  asOfClear.hidden = next.asOf === null;

  const subjectChanged = !prev || prev.company !== next.company || prev.asOf !== next.asOf;
  if (subjectChanged || langChanged) renderCompanyPanel(ctx, companyPanel, next.company);

  const modeParams = (s: ViewState) => {
    switch (s.mode) {
      case 'ownership': return `${s.dir}/${s.depth}/${s.lang}`; // edge labels are translated text
      case 'guarantee': return `${s.circle ?? ''}/${s.lang}`;
      case 'path': return `${s.from ?? ''}/${s.to ?? ''}/${s.depth}`;
      default: return '';
    }
  };
  const graphChanged = !prev || subjectChanged || prev.mode !== next.mode || modeParams(prev) !== modeParams(next);
  if (graphChanged) {
    const seq = ++loadSeq;
    const controller = CONTROLLERS[next.mode];
    void controller.load(ctx, () => seq === loadSeq).finally(() => {
      if (seq === loadSeq) ctx.refreshTools();
    });
  }
  ctx.refreshTools();
}

// Hooks for end-to-end tests and measurements (read-only use).
Object.assign(window, { guanxi: { graph, cy: graph.cy, state: () => state } });

apply(null, state);
