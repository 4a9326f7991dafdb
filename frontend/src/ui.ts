// Small building blocks shared by the panels: sections that load on their own, entity links, states.
import { api, NotAvailableError } from './api';
import type { AppContext } from './context';
import { el, replaceChildren, type Child } from './dom';
import { t, type MessageKey } from './i18n';
import { companyLink } from './urlState';

export function notAvailable(): HTMLElement {
  return el('div', { class: 'state state-na', 'data-testid': 'not-available' }, t('state.notAvailable'));
}

export function loading(): HTMLElement {
  return el('div', { class: 'state state-loading', 'data-testid': 'loading' }, t('state.loading'));
}

export function errorState(err: unknown): HTMLElement {
  if (err instanceof NotAvailableError) return notAvailable();
  const detail = err instanceof Error ? err.message : String(err);
  return el('div', { class: 'state state-error', 'data-testid': 'error' }, t('state.error', { detail }));
}

export function empty(): HTMLElement {
  return el('div', { class: 'state state-empty' }, t('state.empty'));
}

/**
 * A titled section whose body loads on its own; a failing section shows its state without affecting the
 * others. `alive` tells whether the panel still shows the same subject when the answer arrives.
 */
export function asyncSection(
  titleKey: MessageKey,
  testid: string,
  load: () => Promise<Child | Child[]>,
  alive: () => boolean,
): HTMLElement {
  const body = el('div', { class: 'section-body' }, loading());
  const section = el('section', { class: 'panel-section', 'data-testid': testid },
    el('h3', {}, t(titleKey)), body);
  load().then(
    (content) => {
      if (alive()) replaceChildren(body, content);
    },
    (err: unknown) => {
      if (alive()) replaceChildren(body, errorState(err));
    },
  );
  return section;
}

export interface EntityRefLike {
  id: string;
  name?: string | null;
  type?: string | null;
}

/**
 * A link into the graph. Companies open as the selected company (a real href, so it can be opened in a new
 * tab); persons, cases and external parties are focused in the current graph.
 */
export function entityLink(ctx: AppContext, ref: EntityRefLike, text?: string): HTMLAnchorElement {
  const type = ref.type ?? ctx.graph.nodeInfo(ref.id)?.label ?? null;
  const isCompany = type === null || type === '' || type === 'Company';
  const known = text ?? ref.name ?? ctx.graph.nodeInfo(ref.id)?.name ?? null;
  const label = known ?? ref.id;
  const a = el('a', {
    class: `entity entity-${(type ?? 'Company').toLowerCase()}`,
    href: isCompany ? companyLink(ctx.state(), ref.id, ctx.state().mode) : '#',
    'data-entity-id': ref.id,
    'data-testid': 'entity-link',
    title: ref.id,
  }, label);
  if (known === null) {
    // Evidence often carries bare ids: show the name once the graph or the registry knows it.
    a.dataset.unnamed = '1';
    if (isCompany) {
      api.company(ref.id).then((c) => {
        if (a.dataset.unnamed && c?.name) {
          a.textContent = c.name;
          delete a.dataset.unnamed;
        }
      }, () => {});
    }
  }
  a.addEventListener('click', (e) => {
    if (e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    if (isCompany && !ctx.graph.nodeInfo(ref.id)) ctx.navigate({ company: ref.id }, true);
    else void ctx.focusEntity(ref.id, type);
  });
  return a;
}

export function button(text: string, testid: string, onClick: () => void, cls = ''): HTMLButtonElement {
  return el('button', { type: 'button', class: `btn ${cls}`.trim(), 'data-testid': testid, onclick: () => onClick() }, text);
}

export function kv(label: string, value: Child | Child[]): HTMLElement[] {
  return [el('dt', {}, label), el('dd', {}, ...(Array.isArray(value) ? value : [value]))];
}

/** Ids in tag evidence or paths may be strings or `{id, name, type}` objects. */
export function asRef(value: unknown): EntityRefLike | null {
  if (typeof value === 'string' || typeof value === 'number') return { id: String(value) };
  if (value && typeof value === 'object' && 'id' in value) {
    const v = value as { id: unknown; name?: unknown; type?: unknown; label?: unknown };
    return {
      id: String(v.id),
      name: v.name === undefined || v.name === null ? null : String(v.name),
      type: v.type !== undefined && v.type !== null ? String(v.type) : v.label !== undefined ? String(v.label) : null,
    };
  }
  return null;
}

/** A path of entities as links joined by arrows. */
export function pathLinks(ctx: AppContext, path: readonly unknown[]): HTMLElement {
  const span = el('span', { class: 'path' });
  path.forEach((step, i) => {
    const ref = asRef(step);
    if (i > 0) span.appendChild(el('span', { class: 'arrow' }, ' → '));
    span.appendChild(ref ? entityLink(ctx, ref) : el('span', {}, String(step)));
  });
  return span;
}

/** Fills links that showed a bare id with the name the graph now knows. */
export function resolveLinkNames(ctx: AppContext, root: ParentNode = document): void {
  root.querySelectorAll<HTMLAnchorElement>('a[data-unnamed]').forEach((a) => {
    const name = ctx.graph.nodeInfo(a.dataset.entityId ?? '')?.name;
    if (name) {
      a.textContent = name;
      delete a.dataset.unnamed;
    }
  });
}
