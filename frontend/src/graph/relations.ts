import type { MessageKey } from '../i18n';
import type { Severity, Tag } from '../types';

/** The relation categories an analyst expands or filters by, and the edge types behind each. */
export const CATEGORIES = ['equity', 'personnel', 'guarantee', 'litigation', 'contact'] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_TYPES: Record<Category, readonly string[]> = {
  equity: ['HOLDS', 'CONTROLS'],
  personnel: ['SERVES'],
  guarantee: ['GUARANTEES'],
  litigation: ['PARTY_TO'],
  contact: ['SAME_ADDRESS', 'SAME_PHONE', 'SAME_EMAIL'],
};

export const CATEGORY_LABEL: Record<Category, MessageKey> = {
  equity: 'rel.equity',
  personnel: 'rel.personnel',
  guarantee: 'rel.guarantee',
  litigation: 'rel.litigation',
  contact: 'rel.contact',
};

export function categoryOf(edgeType: string): Category | 'other' {
  for (const c of CATEGORIES) if (CATEGORY_TYPES[c].includes(edgeType)) return c;
  return 'other';
}

export const NODE_LABELS = ['Company', 'Person', 'Case', 'External'] as const;
export const EDGE_TYPES = [
  'HOLDS', 'CONTROLS', 'SERVES', 'GUARANTEES', 'PARTY_TO', 'SAME_ADDRESS', 'SAME_PHONE', 'SAME_EMAIL',
] as const;

export const NODE_COLORS: Record<string, string> = {
  Company: '#2563eb',
  Person: '#16a34a',
  Case: '#7c3aed',
  External: '#64748b',
};

export const EDGE_COLORS: Record<string, string> = {
  HOLDS: '#3b82f6',
  CONTROLS: '#b91c1c',
  SERVES: '#22c55e',
  GUARANTEES: '#ea580c',
  PARTY_TO: '#8b5cf6',
  SAME_ADDRESS: '#94a3b8',
  SAME_PHONE: '#94a3b8',
  SAME_EMAIL: '#94a3b8',
};

export const SEVERITY_COLORS: Record<Severity, string> = {
  high: '#dc2626',
  medium: '#f97316',
  low: '#eab308',
};

/**
 * Display severity of a tag code when the node payload carries codes only (the company panel always uses
 * the severity the service sends). Mirrors the catalogue in definitions.md.
 */
const DEFAULT_SEVERITY: Record<string, Severity> = {
  GUARANTEE_LOOP: 'high',
  MUTUAL_GUARANTEE: 'high',
  OVER_GUARANTEE: 'high',
  CONTAGION_EXPOSED: 'high',
  ABNORMAL_STATUS: 'high',
  RELATED_PARTY_LITIGATION: 'high',
  GUARANTEE_CIRCLE: 'medium',
  LONG_GUARANTEE_CHAIN: 'medium',
  CROSS_HOLDING: 'medium',
  SHARED_CONTACT: 'medium',
  NO_ULTIMATE_CONTROLLER: 'low',
  GROUP_MEMBER: 'low',
};

const RANK: Record<string, number> = { high: 3, medium: 2, low: 1 };

export function normaliseSeverity(value: unknown): Severity | null {
  const s = String(value ?? '').toLowerCase();
  return s === 'high' || s === 'medium' || s === 'low' ? s : null;
}

/** Highest severity among a node's tags, or null. */
export function maxSeverity(tags: ReadonlyArray<string | Tag> | null | undefined): Severity | null {
  let best: Severity | null = null;
  for (const tag of tags ?? []) {
    const sev = typeof tag === 'string'
      ? DEFAULT_SEVERITY[tag] ?? null
      : normaliseSeverity(tag.severity) ?? DEFAULT_SEVERITY[tag.code] ?? null;
    if (sev && (best === null || (RANK[sev] ?? 0) > (RANK[best] ?? 0))) best = sev;
  }
  return best;
}

export function tagCodes(tags: ReadonlyArray<string | Tag> | null | undefined): string[] {
  return (tags ?? []).map((tag) => (typeof tag === 'string' ? tag : tag.code));
}
