// Search-as-you-type over names, former names and USCCs; the service ranks, the box shows its order.
import { api } from '../api';
import { debounce, el, replaceChildren } from '../dom';
import { t } from '../i18n';
import type { CompanyHit } from '../types';

export interface SearchBoxOptions {
  testid: string;
  placeholder: () => string;
  onPick: (hit: CompanyHit) => void;
  limit?: number;
  /** Debounce delay in ms. */
  delay?: number;
}

export interface SearchBox {
  root: HTMLElement;
  input: HTMLInputElement;
  /** Id of the picked suggestion, or null when the text was typed freely. */
  pickedId(): string | null;
  setValue(text: string, id: string | null): void;
  relabel(): void;
}

/** Splits `text` around the first case-insensitive occurrence of `query` into text and <mark> nodes. */
export function markMatch(text: string, query: string): Array<Node | string> {
  const q = query.trim();
  const i = q ? text.toLowerCase().indexOf(q.toLowerCase()) : -1;
  if (i < 0) return [text];
  return [text.slice(0, i), el('mark', {}, text.slice(i, i + q.length)), text.slice(i + q.length)];
}

export function createSearchBox(options: SearchBoxOptions): SearchBox {
  const listId = `${options.testid}-list`;
  const input = el('input', {
    type: 'search',
    class: 'search-input',
    id: options.testid,
    'data-testid': options.testid,
    placeholder: options.placeholder(),
    autocomplete: 'off',
    spellcheck: 'false',
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
  });
  const list = el('ul', { class: 'suggestions', id: listId, role: 'listbox', 'data-testid': `${options.testid}-suggestions`, hidden: true });
  const root = el('div', { class: 'search-box' }, input, list);
  let hits: CompanyHit[] = [];
  let active = -1;
  let picked: string | null = null;
  let controller: AbortController | null = null;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  };
  const pick = (hit: CompanyHit) => {
    picked = hit.id;
    input.value = hit.name;
    close();
    options.onPick(hit);
  };
  const setActive = (i: number) => {
    active = i;
    list.querySelectorAll('li').forEach((li, j) => li.classList.toggle('active', j === i));
  };
  const show = (query: string) => {
    if (hits.length === 0) {
      replaceChildren(list, el('li', { class: 'suggestion-empty', 'data-testid': 'search-no-results' }, t('search.noResults')));
    } else {
      replaceChildren(list, hits.map((hit, i) => {
        const former = (hit.formerNames ?? []).filter(Boolean);
        const li = el('li', {
          role: 'option',
          class: 'suggestion',
          'data-testid': 'search-suggestion',
          'data-id': hit.id,
        },
        el('div', { class: 'suggestion-name' }, ...markMatch(hit.name, query)),
        el('div', { class: 'suggestion-meta' },
          hit.uscc ? el('span', { class: 'uscc' }, ...markMatch(hit.uscc, query)) : null,
          hit.status ? el('span', { class: 'status' }, hit.status) : null),
        former.length
          ? el('div', { class: 'suggestion-former' }, ...markMatch(t('search.formerName', { names: former.join('、') }), query))
          : null);
        li.addEventListener('mousedown', (e) => {
          e.preventDefault(); // keep focus so blur does not close the list before the pick
          pick(hit);
        });
        li.addEventListener('mouseenter', () => setActive(i));
        return li;
      }));
    }
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
  };
  const query = debounce((q: string) => {
    controller?.abort();
    if (!q) {
      close();
      return;
    }
    controller = new AbortController();
    const mine = controller;
    api.searchCompanies(q, options.limit ?? 10, mine.signal).then(
      (result) => {
        if (mine.signal.aborted || input.value.trim() !== q) return;
        hits = Array.isArray(result) ? result : [];
        show(q);
      },
      (err: unknown) => {
        if (mine.signal.aborted) return;
        hits = [];
        replaceChildren(list, el('li', { class: 'suggestion-empty', 'data-testid': 'search-error' },
          err instanceof Error && err.name === 'NotAvailableError' ? t('state.notAvailable') : t('state.error', { detail: String(err) })));
        list.hidden = false;
      },
    );
  }, options.delay ?? 180);

  input.addEventListener('input', () => {
    picked = null;
    query(input.value.trim());
  });
  input.addEventListener('keydown', (e) => {
    if (list.hidden && e.key !== 'Enter') return;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive(Math.min(active + 1, hits.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive(Math.max(active - 1, 0));
    } else if (e.key === 'Enter') {
      const hit = hits[active >= 0 ? active : 0];
      if (hit && !list.hidden) {
        e.preventDefault();
        pick(hit);
      }
    } else if (e.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 120));
  input.addEventListener('focus', () => {
    if (hits.length && input.value.trim() && picked === null) list.hidden = false;
  });

  return {
    root,
    input,
    pickedId: () => picked,
    setValue(text, id) {
      input.value = text;
      picked = id;
    },
    relabel() {
      input.placeholder = options.placeholder();
    },
  };
}
