// The one HTTP client of the viewer: every call goes through request(), which sends the session's
// credentials (same-origin cookie, plus a Bearer token kept in sessionStorage once the analyst logged in),
// asks for a login on 401 and retries, and maps 404/501 to NotAvailableError ("not available yet").
import type {
  AssociatedParty,
  Company,
  CompanyHit,
  Contagion,
  Control,
  GraphData,
  GuaranteeCircle,
  OwnershipNode,
  Tag,
} from './types';

export const TOKEN_KEY = 'guanxi.token';

export class ApiError extends Error {
  constructor(readonly status: number, readonly detail: string, readonly path: string) {
    super(`${status} ${path}: ${detail}`);
    this.name = 'ApiError';
  }
}

/** 404 or 501: the endpoint or the entity is not there (yet); the UI shows a calm placeholder. */
export class NotAvailableError extends ApiError {
  constructor(status: number, detail: string, path: string) {
    super(status, detail, path);
    this.name = 'NotAvailableError';
  }
}

type Query = Record<string, string | number | boolean | null | undefined | readonly string[]>;

interface RequestOptions {
  method?: 'GET' | 'POST';
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
  /** Adds the as-of date picked by the analyst (every graph call carries it). */
  asOf?: boolean;
}

let asOfSource: () => string | null = () => null;
let loginPrompt: (() => Promise<void>) | null = null;
let pendingLogin: Promise<void> | null = null;

export function setAsOfSource(source: () => string | null): void {
  asOfSource = source;
}

/** login.ts registers the form that resolves once a token is stored. */
export function setLoginPrompt(prompt: () => Promise<void>): void {
  loginPrompt = prompt;
}

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

export function getToken(): string | null {
  return storage()?.getItem(TOKEN_KEY) ?? null;
}

export function setToken(token: string | null): void {
  const s = storage();
  if (!s) return;
  if (token) s.setItem(TOKEN_KEY, token);
  else s.removeItem(TOKEN_KEY);
}

export function buildUrl(path: string, query: Query = {}, asOf: string | null = null): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === null || value === undefined || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) params.set(key, value.join(','));
    } else {
      params.set(key, String(value));
    }
  }
  if (asOf) params.set('asOf', asOf);
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function problemDetail(res: Response): Promise<string> {
  try {
    const text = await res.text();
    try {
      const json = JSON.parse(text) as { detail?: unknown; title?: unknown };
      return String(json.detail ?? json.title ?? res.statusText);
    } catch {
      return text.slice(0, 200) || res.statusText;
    }
  } catch {
    return res.statusText;
  }
}

// Recent GET answers, so that switching language or mode back and forth does not re-query the service.
const cache = new Map<string, Promise<unknown>>();
const CACHE_MAX = 200;

export function clearCache(): void {
  cache.clear();
}

function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const url = buildUrl(path, options.query, options.asOf ? asOfSource() : null);
  const cacheable = (options.method ?? 'GET') === 'GET' && !options.signal;
  if (!cacheable) return send<T>(url, path, options, false);
  const hit = cache.get(url);
  if (hit) return hit as Promise<T>;
  const p = send<T>(url, path, options, false);
  cache.set(url, p);
  if (cache.size > CACHE_MAX) cache.delete(cache.keys().next().value as string);
  p.catch(() => cache.delete(url));
  return p;
}

async function send<T>(url: string, path: string, options: RequestOptions, retried: boolean): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const token = getToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  const init: RequestInit = {
    method: options.method ?? 'GET',
    headers,
    credentials: 'same-origin',
  };
  if (options.body !== undefined) init.body = JSON.stringify(options.body);
  if (options.signal) init.signal = options.signal;
  const res = await fetch(url, init);

  if (res.status === 401 && !retried && path !== '/api/auth/login' && loginPrompt) {
    setToken(null);
    pendingLogin ??= loginPrompt().finally(() => {
      pendingLogin = null;
    });
    await pendingLogin;
    return send<T>(url, path, options, true);
  }
  if (!res.ok) {
    const detail = await problemDetail(res);
    if (res.status === 404 || res.status === 501) throw new NotAvailableError(res.status, detail, path);
    throw new ApiError(res.status, detail, path);
  }
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

const enc = encodeURIComponent;

export const api = {
  searchCompanies(q: string, limit = 10, signal?: AbortSignal): Promise<CompanyHit[]> {
    const opts: RequestOptions = { query: { q, limit } };
    if (signal) opts.signal = signal;
    return request('/api/companies', opts);
  },
  company(id: string): Promise<Company> {
    return request(`/api/companies/${enc(id)}`);
  },
  tags(id: string): Promise<Tag[]> {
    return request(`/api/companies/${enc(id)}/tags`, { asOf: true });
  },
  control(id: string): Promise<Control> {
    return request(`/api/companies/${enc(id)}/control`, { asOf: true });
  },
  ownership(id: string, direction: 'up' | 'down', depth: number): Promise<OwnershipNode> {
    return request(`/api/companies/${enc(id)}/ownership`, { query: { direction, depth }, asOf: true });
  },
  associated(id: string, depth = 1, types: readonly string[] = []): Promise<AssociatedParty[]> {
    return request(`/api/companies/${enc(id)}/associated`, { query: { depth, types }, asOf: true });
  },
  circles(minSize = 3): Promise<GuaranteeCircle[]> {
    return request('/api/guarantee-circles', { query: { minSize }, asOf: true });
  },
  circle(id: string): Promise<GuaranteeCircle> {
    return request(`/api/guarantee-circles/${enc(id)}`, { asOf: true });
  },
  neighborhood(id: string, depth: number, types: readonly string[], limit: number): Promise<GraphData> {
    return request('/api/graph/neighborhood', { query: { id, depth, types, limit }, asOf: true });
  },
  contagion(id: string): Promise<Contagion> {
    return request(`/api/companies/${enc(id)}/contagion`, { asOf: true });
  },
  path(from: string, to: string, maxDepth: number): Promise<GraphData> {
    return request('/api/graph/path', { query: { from, to, maxDepth }, asOf: true });
  },
  login(username: string, password: string): Promise<{ token: string }> {
    return request('/api/auth/login', { method: 'POST', body: { username, password } });
  },
};

export type Api = typeof api;
