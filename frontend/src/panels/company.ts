// The company panel: registry facts, risk tags with evidence, control, guarantee position, litigation and
// associated parties. Every entity shown is a link into the graph.
import { api } from '../api';
import type { AppContext } from '../context';
import { el, replaceChildren, type Child } from '../dom';
import { getLang, t, tEdge, tNode, tSeverity, type MessageKey } from '../i18n';
import { formatMoney, formatPercent } from '../format';
import { normaliseSeverity } from '../graph/relations';
import type { Company, Control, GraphData, Tag } from '../types';
import { encodeState } from '../urlState';
import { asRef, asyncSection, button, empty, entityLink, errorState, kv, loading, pathLinks } from '../ui';

const LIST_MAX = 30;

export function renderCompanyPanel(ctx: AppContext, container: HTMLElement, companyId: string | null): void {
  container.dataset.company = companyId ?? '';
  if (!companyId) {
    replaceChildren(container, el('div', { class: 'panel-placeholder' },
      el('h2', {}, t('app.title')), el('p', {}, t('state.pickCompany'))));
    return;
  }
  const alive = () => container.dataset.company === companyId;
  const header = el('header', { class: 'company-header' }, loading());
  replaceChildren(container,
    header,
    el('nav', { class: 'company-actions' },
      button(t('action.explore'), 'open-explore', () => ctx.navigate({ mode: 'explore' }, true)),
      button(t('action.ownership'), 'ownership-tree-button', () => ctx.navigate({ mode: 'ownership' }, true)),
      button(t('action.guarantee'), 'open-guarantee', () => ctx.navigate({ mode: 'guarantee' }, true)),
      button(t('action.pathFrom'), 'open-path', () => ctx.navigate({ mode: 'path', from: companyId }, true))),
    asyncSection('company.facts', 'section-facts', async () => {
      try {
        const c = await api.company(companyId);
        if (alive()) replaceChildren(header, companyHeader(c));
        return facts(c);
      } catch (err) {
        if (alive()) replaceChildren(header, el('h2', { 'data-testid': 'company-name' }, companyId), errorState(err));
        throw err;
      }
    }, alive),
    asyncSection('company.tags', 'section-tags', async () => tags(ctx, await api.tags(companyId)), alive),
    asyncSection('company.control', 'section-control', async () => control(ctx, await api.control(companyId)), alive),
    asyncSection('company.guarantee', 'section-guarantee', async () =>
      guarantees(ctx, companyId, await api.neighborhood(companyId, 1, ['GUARANTEES'], 500)), alive),
    asyncSection('company.litigation', 'section-litigation', async () =>
      litigation(ctx, companyId, await api.neighborhood(companyId, 1, ['PARTY_TO'], 200)), alive),
    asyncSection('company.associated', 'section-associated', async () => associated(ctx, await api.associated(companyId, 1)), alive),
  );
}

function companyHeader(c: Company): HTMLElement[] {
  return [
    el('h2', { 'data-testid': 'company-name' }, c.name),
    el('div', { class: 'company-sub' },
      c.status ? el('span', { class: `badge status ${/吊销|注销|revoked|cancel/i.test(c.status) ? 'bad' : ''}`.trim() }, c.status) : null,
      c.uscc ? el('span', { class: 'mono' }, c.uscc) : null),
  ];
}

function text(value: string | null | undefined): string {
  return value === null || value === undefined || value === '' ? '—' : value;
}

function facts(c: Company): HTMLElement {
  const capital = c.registeredCapital !== null && c.registeredCapital !== undefined
    ? formatMoney(c.registeredCapital, c.currency ?? 'CNY')
    : text(c.registeredCapitalRaw);
  const rows: Array<[MessageKey, Child]> = [
    ['field.uscc', el('span', { class: 'mono' }, text(c.uscc))],
    ['field.regNo', text(c.regNo)],
    ['field.formerNames', (c.formerNames ?? []).length ? (c.formerNames ?? []).join('、') : '—'],
    ['field.legalRep', text(c.legalRep)],
    ['field.capital', el('span', { title: c.registeredCapitalRaw ?? '' }, capital,
      c.registeredCapitalRaw && c.registeredCapital !== null && c.registeredCapital !== undefined
        ? el('span', { class: 'muted' }, ` (${c.registeredCapitalRaw})`) : null)],
    ['field.established', text(c.established)],
    ['field.status', text(c.status)],
    ['field.companyType', text(c.companyType)],
    ['field.industry', text(c.industry)],
    ['field.address', text(c.address)],
    ['field.phone', text(c.phone)],
    ['field.email', text(c.email)],
  ];
  const dl = el('dl', { class: 'facts' }, rows.flatMap(([k, v]) => kv(t(k), v)));
  const sources = c.sources ?? [];
  if (sources.length) {
    dl.append(...kv(t('field.sources'), el('ul', { class: 'sources' },
      sources.slice(0, 10).map((s) => el('li', { class: 'mono small' }, sourceText(s))))));
  }
  return dl;
}

function sourceText(s: Record<string, unknown>): string {
  const file = s.file ?? s.source ?? s.name ?? '';
  const line = s.line ?? s.offset ?? '';
  const batch = s.batchId ?? s.batch ?? '';
  const parts = [file, line !== '' ? `#${String(line)}` : '', batch !== '' ? `(${String(batch)})` : ''];
  const joined = parts.map(String).join(' ').trim();
  return joined || JSON.stringify(s);
}

function severityOf(tag: Tag): string {
  return normaliseSeverity(tag.severity) ?? 'low';
}

const SEVERITY_ORDER: Record<string, number> = { high: 0, medium: 1, low: 2 };

function tags(ctx: AppContext, list: Tag[]): Child {
  if (!Array.isArray(list) || list.length === 0) return empty();
  const sorted = [...list].sort((a, b) => (SEVERITY_ORDER[severityOf(a)] ?? 3) - (SEVERITY_ORDER[severityOf(b)] ?? 3));
  return el('ul', { class: 'tags' }, sorted.map((tag) => {
    const sev = severityOf(tag);
    const name = (getLang() === 'zh' ? tag.nameZh : tag.nameEn) ?? tag.nameZh ?? tag.nameEn ?? tag.code;
    const details = el('details', { class: `tag sev-${sev}`, 'data-testid': 'tag', 'data-code': tag.code, 'data-severity': sev },
      el('summary', {},
        el('span', { class: `sev-dot sev-${sev}`, title: tSeverity(sev) }, tSeverity(sev)),
        el('span', { class: 'tag-name' }, name),
        el('span', { class: 'tag-code mono' }, tag.code)),
      el('div', { class: 'evidence', 'data-testid': 'tag-evidence' },
        el('div', { class: 'muted small' }, t('tag.asOf', { date: tag.asOf ?? '—', version: String(tag.version ?? '—') })),
        evidence(ctx, tag)));
    return el('li', {}, details);
  }));
}

/** Evidence keys whose string values are entity ids (other string lists, e.g. contract numbers, stay text). */
const ID_KEY = /ids?$|member|path|cycle|loop|chain|compan|pair|part(y|ies)|guarantor|borrower|holder|controller|owner|root|person|subsidiar|counterpart/i;

/** Evidence is free-form: id lists become links (with a "show in graph" action), paths become arrows. */
function evidence(ctx: AppContext, tag: Tag): Child {
  const ev = tag.evidence ?? {};
  const entries = Object.entries(ev);
  if (!entries.length) return empty();
  const dl = el('dl', { class: 'facts evidence-list' });
  const allIds = new Set<string>();
  const paths: string[][] = [];
  for (const [key, value] of entries) {
    let rendered: Child;
    if (Array.isArray(value) && value.length && value.every((v) => Array.isArray(v))) {
      rendered = el('div', {}, (value as unknown[][]).slice(0, LIST_MAX).map((p) => el('div', {}, pathLinks(ctx, p))));
      for (const p of value as unknown[][]) {
        const ids = p.map(asRef).filter((r) => r !== null).map((r) => r.id);
        paths.push(ids);
        ids.forEach((id) => allIds.add(id));
      }
    } else if (Array.isArray(value) && value.length && value.every((v) => asRef(v) !== null)
      && (ID_KEY.test(key) || value.some((v) => typeof v === 'object' || ctx.graph.nodeInfo(String(v)) !== null))) {
      const refs = value.map(asRef).filter((r) => r !== null);
      refs.forEach((r) => allIds.add(r.id));
      const looksLikePath = /path|chain|cycle|loop/i.test(key);
      if (looksLikePath) paths.push(refs.map((r) => r.id));
      rendered = looksLikePath
        ? pathLinks(ctx, value)
        : el('span', { class: 'entity-list' }, refs.slice(0, LIST_MAX).flatMap((r, i) => [i ? '、' : '', entityLink(ctx, r)]),
          refs.length > LIST_MAX ? el('span', { class: 'muted' }, ` ${t('company.more', { n: refs.length - LIST_MAX })}`) : null);
    } else if (typeof value === 'number' && /amount|capital|exposure/i.test(key)) {
      rendered = formatMoney(value);
    } else if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null)) {
      rendered = value.map(String).join('、') || '—';
    } else if (typeof value === 'string' && ID_KEY.test(key) && /id$/i.test(key)) {
      rendered = /circle/i.test(key)
        ? el('a', {
          href: encodeState({ ...ctx.state(), mode: 'guarantee', circle: value }) || '?',
          class: 'entity',
          'data-testid': 'circle-link',
          onclick: (e: Event) => {
            e.preventDefault();
            ctx.navigate({ mode: 'guarantee', circle: value }, true);
          },
        }, value)
        : entityLink(ctx, { id: value });
    } else if (value !== null && typeof value === 'object') {
      rendered = el('code', { class: 'small' }, JSON.stringify(value));
    } else {
      rendered = String(value ?? '—');
    }
    dl.append(...kv(key, rendered));
  }
  const wrap = el('div', {}, dl);
  if (allIds.size) {
    wrap.append(button(t('action.showInGraph'), 'tag-show-in-graph', () => {
      const shown = ctx.graph.highlight(allIds, paths);
      if (!shown) void ctx.focusEntity([...allIds][0]!, null);
    }, 'small'));
  }
  return wrap;
}

function control(ctx: AppContext, c: Control): Child {
  const dl = el('dl', { class: 'facts' });
  dl.append(...kv(t('control.ultimate'), c.ultimateController
    ? entityLink(ctx, c.ultimateController)
    : el('span', { class: 'muted', 'data-testid': 'no-ultimate-controller' }, t('control.none'))));
  const path = c.controlPath ?? [];
  if (path.length) dl.append(...kv(t('control.path'), pathLinks(ctx, path)));
  const owners = c.beneficialOwners ?? [];
  dl.append(...kv(t('control.beneficialOwners'), owners.length
    ? el('ul', { class: 'plain' }, owners.map((o) => el('li', {},
      entityLink(ctx, { id: o.id, name: o.name ?? null, type: 'Person' }),
      ' ',
      el('span', { class: 'muted' }, [o.share !== null && o.share !== undefined ? formatPercent(o.share) : '', basisText(o.basis)]
        .filter(Boolean).join(' · ')))))
    : '—'));
  if (c.group) {
    dl.append(...kv(t('control.group'), el('span', { 'data-testid': 'group' },
      entityLink(ctx, { id: c.group.rootId, name: c.group.rootName ?? null }),
      ' ',
      el('span', { class: 'muted' }, t('control.groupSize', { n: c.group.size })))));
  }
  return dl;
}

function basisText(basis: string | null | undefined): string {
  if (!basis) return '';
  const key = `basis.${basis}` as MessageKey;
  return ['basis.ownership', 'basis.control', 'basis.senior_manager'].includes(key) ? t(key) : basis;
}

function amountOf(props: Record<string, unknown> | null | undefined): number {
  const v = props?.amount;
  return typeof v === 'number' ? v : Number(v ?? 0) || 0;
}

function guarantees(ctx: AppContext, id: string, g: GraphData): Child {
  const names = new Map((g.nodes ?? []).map((n) => [String(n.id), n]));
  const given = (g.edges ?? []).filter((e) => e.type === 'GUARANTEES' && String(e.source) === id);
  const received = (g.edges ?? []).filter((e) => e.type === 'GUARANTEES' && String(e.target) === id);
  const block = (titleKey: MessageKey, edges: typeof given, other: (e: (typeof given)[number]) => string, testid: string) => {
    const total = edges.reduce((s, e) => s + amountOf(e.props), 0);
    return el('div', { class: 'guarantee-block', 'data-testid': testid },
      el('h4', {}, t(titleKey), ' ', el('span', { class: 'muted' }, t('guarantee.summary', { n: edges.length, amount: formatMoney(total) }))),
      edges.length
        ? el('ul', { class: 'plain' }, edges.slice(0, LIST_MAX).map((e) => {
          const n = names.get(other(e));
          return el('li', {}, entityLink(ctx, { id: other(e), name: n?.name ?? null, type: n?.label ?? null }),
            ' ', el('span', { class: 'muted' }, formatMoney(amountOf(e.props)),
              e.props?.status ? ` · ${String(e.props.status)}` : ''));
        }))
        : null);
  };
  return el('div', {},
    block('guarantee.given', given, (e) => String(e.target), 'guarantee-given'),
    block('guarantee.received', received, (e) => String(e.source), 'guarantee-received'),
    button(t('action.guarantee'), 'open-guarantee-2', () => ctx.navigate({ mode: 'guarantee' }, true), 'small'));
}

function litigation(ctx: AppContext, id: string, g: GraphData): Child {
  const cases = (g.nodes ?? []).filter((n) => n.label === 'Case');
  if (!cases.length) return empty();
  const roles = new Map<string, string>();
  for (const e of g.edges ?? []) {
    if (e.type === 'PARTY_TO' && String(e.source) === id) roles.set(String(e.target), String(e.props?.role ?? ''));
  }
  return el('ul', { class: 'plain' }, cases.slice(0, LIST_MAX).map((c) => {
    const extra = ['court', 'date', 'cause', 'docType'].map((k) => c[k]).filter((v) => v !== undefined && v !== null && v !== '');
    return el('li', { 'data-testid': 'case' },
      entityLink(ctx, { id: String(c.id), name: c.name ?? String(c.id), type: 'Case' }),
      roles.get(String(c.id)) ? el('span', { class: 'badge' }, roles.get(String(c.id))!) : null,
      extra.length ? el('div', { class: 'muted small' }, extra.map(String).join(' · ')) : null);
  }), cases.length > LIST_MAX ? el('li', { class: 'muted' }, t('company.more', { n: cases.length - LIST_MAX })) : null);
}

function associated(ctx: AppContext, list: Awaited<ReturnType<typeof api.associated>>): Child {
  if (!Array.isArray(list) || !list.length) return empty();
  const groups = new Map<string, typeof list>();
  for (const p of list) {
    const key = p.type ?? 'Company';
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return el('div', {}, [...groups.entries()].map(([type, parties]) => el('div', { class: 'assoc-group' },
    el('h4', {}, tNode(type), ' ', el('span', { class: 'muted' }, String(parties.length))),
    el('ul', { class: 'plain' }, parties.slice(0, LIST_MAX).map((p) => el('li', { 'data-testid': 'associated-party' },
      entityLink(ctx, { id: p.id, name: p.name ?? null, type: p.type ?? null }),
      ' ',
      el('span', { class: 'muted small' }, (p.relations ?? []).map((r) => tEdge(String(r))).join('、')),
      (p.path ?? []).length > 2 ? el('div', { class: 'small' }, pathLinks(ctx, p.path ?? [])) : null))),
    parties.length > LIST_MAX ? el('div', { class: 'muted small' }, t('company.more', { n: parties.length - LIST_MAX })) : null)));
}
