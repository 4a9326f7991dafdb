// The view state lives in the URL query so that a link restores what the analyst saw
// (selected company, mode, as-of date, language, and the mode's own inputs).

export const MODES = ['explore', 'ownership', 'guarantee', 'path'] as const;
export type Mode = (typeof MODES)[number];
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DIRECTIONS = ['up', 'down', 'both'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export interface ViewState {
  company: string | null;
  mode: Mode;
  asOf: string | null;
  lang: Lang;
  /** Path finder ends. */
  from: string | null;
  to: string | null;
  /** Ownership tree direction and depth. */
  dir: Direction;
  depth: number;
  /** Guarantee circle shown in the guarantee view. */
  circle: string | null;
}

export const DEFAULT_STATE: Readonly<ViewState> = Object.freeze({
  company: null,
  mode: 'explore',
  asOf: null,
  lang: 'zh',
  from: null,
  to: null,
  dir: 'both',
  depth: 4,
  circle: null,
});

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

function oneOf<T extends string>(allowed: readonly T[], value: string | null, fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function nonEmpty(value: string | null): string | null {
  const v = value?.trim();
  return v ? v : null;
}

/** Reads a `location.search` string; anything malformed falls back to the default. */
export function decodeState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const asOf = nonEmpty(p.get('asOf'));
  const depth = Number.parseInt(p.get('depth') ?? '', 10);
  return {
    company: nonEmpty(p.get('company')),
    mode: oneOf(MODES, p.get('mode'), DEFAULT_STATE.mode),
    asOf: asOf !== null && isIsoDate(asOf) ? asOf : null,
    lang: oneOf(LANGS, p.get('lang'), DEFAULT_STATE.lang),
    from: nonEmpty(p.get('from')),
    to: nonEmpty(p.get('to')),
    dir: oneOf(DIRECTIONS, p.get('dir'), DEFAULT_STATE.dir),
    depth: Number.isInteger(depth) && depth >= 1 && depth <= 10 ? depth : DEFAULT_STATE.depth,
    circle: nonEmpty(p.get('circle')),
  };
}

/** Writes only what differs from the defaults, in a stable order, so links stay short and comparable. */
export function encodeState(state: ViewState): string {
  const p = new URLSearchParams();
  const put = (key: keyof ViewState, value: string | number | null) => {
    if (value !== null && value !== DEFAULT_STATE[key]) p.set(key, String(value));
  };
  put('company', state.company);
  put('mode', state.mode);
  put('asOf', state.asOf);
  put('lang', state.lang);
  put('from', state.from);
  put('to', state.to);
  put('dir', state.dir);
  put('depth', state.depth);
  put('circle', state.circle);
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** A link to a company in a given mode, keeping the as-of date and language. */
export function companyLink(state: ViewState, companyId: string, mode: Mode = state.mode): string {
  return encodeState({ ...state, company: companyId, mode }) || '?';
}
