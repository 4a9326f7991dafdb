// RFC 4180 CSV for the "export visible graph" action. Analysts open these files in Excel/WPS, hence the
// UTF-8 BOM (Chinese names stay readable) and the guard against cells read as formulas.

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[-+]?\d+(\.\d+)?([eE][-+]?\d+)?$/;

export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let s: string;
  if (typeof value === 'number') {
    s = Number.isFinite(value) ? String(value) : '';
  } else if (typeof value === 'boolean') {
    s = value ? 'true' : 'false';
  } else if (Array.isArray(value)) {
    s = value.map((v) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v))).join('|');
  } else if (typeof value === 'object') {
    s = JSON.stringify(value);
  } else {
    s = String(value);
  }
  // A text cell such as "=HYPERLINK(...)" or "@SUM(..)" must not run in a spreadsheet; numbers stay numbers.
  if (FORMULA_START.test(s) && !PLAIN_NUMBER.test(s)) s = `'${s}`;
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly unknown[]>): string {
  const lines = [header.map(csvField).join(',')];
  for (const row of rows) lines.push(row.map(csvField).join(','));
  return lines.join('\r\n') + '\r\n';
}

export const CSV_BOM = '\uFEFF';

export interface ExportNode {
  id: string;
  label: string;
  name: string;
  tags?: unknown;
}

export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  props?: Record<string, unknown> | null;
}

export function nodesCsv(nodes: readonly ExportNode[]): string {
  return toCsv(['id', 'label', 'name', 'tags'], nodes.map((n) => [n.id, n.label, n.name, n.tags ?? '']));
}

/** Edge properties become columns (union of keys, sorted) so that amount/ratio/role can be filtered. */
export function edgesCsv(edges: readonly ExportEdge[]): string {
  const keys = [...new Set(edges.flatMap((e) => Object.keys(e.props ?? {})))].sort();
  return toCsv(
    ['id', 'source', 'target', 'type', ...keys],
    edges.map((e) => [e.id, e.source, e.target, e.type, ...keys.map((k) => e.props?.[k])]),
  );
}
