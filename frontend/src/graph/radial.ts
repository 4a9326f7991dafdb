// A radial tree layout computed in one pass (O(n + m)) so that thousands of elements get positions before they
// are added to Cytoscape: no force simulation on the first render. Rings that would be too long are split into
// interleaved sub-rings, which packs a hub with 2,000 neighbours into a disc instead of a huge circle.

export interface Point {
  x: number;
  y: number;
}

export interface RadialOptions {
  /** Distance between neighbouring nodes on a ring. */
  spacing?: number;
  /** Radius of the first ring. */
  firstRadius?: number;
  /** Gap between the outer sub-ring of one depth and the next depth. */
  ringGap?: number;
}

export function radialLayout(
  nodeIds: readonly string[],
  edges: ReadonlyArray<{ source: string; target: string }>,
  rootId: string | null,
  options: RadialOptions = {},
): Map<string, Point> {
  const spacing = options.spacing ?? 46;
  const firstRadius = options.firstRadius ?? 160;
  const ringGap = options.ringGap ?? 140;
  const positions = new Map<string, Point>();
  if (nodeIds.length === 0) return positions;

  const adjacency = new Map<string, string[]>();
  for (const id of nodeIds) adjacency.set(id, []);
  for (const e of edges) {
    const a = adjacency.get(e.source);
    const b = adjacency.get(e.target);
    if (!a || !b || e.source === e.target) continue;
    a.push(e.target);
    b.push(e.source);
  }

  const root = rootId !== null && adjacency.has(rootId)
    ? rootId
    : [...adjacency.entries()].reduce((best, cur) => (cur[1].length > best[1].length ? cur : best))[0];

  // BFS tree; unreached components hang under the root so that everything gets a place.
  const depth = new Map<string, number>([[root, 0]]);
  const children = new Map<string, string[]>();
  const order: string[] = [root];
  const visit = (start: number) => {
    for (let i = start; i < order.length; i++) {
      const u = order[i]!;
      const kids: string[] = children.get(u) ?? [];
      for (const v of adjacency.get(u) ?? []) {
        if (depth.has(v)) continue;
        depth.set(v, (depth.get(u) ?? 0) + 1);
        kids.push(v);
        order.push(v);
      }
      children.set(u, kids);
    }
  };
  visit(0);
  for (const id of nodeIds) {
    if (depth.has(id)) continue;
    const start = order.length;
    depth.set(id, 1);
    children.get(root)!.push(id);
    order.push(id);
    visit(start);
  }

  // Leaves under each node decide the width of its angular sector.
  const weight = new Map<string, number>();
  for (let i = order.length - 1; i >= 0; i--) {
    const u = order[i]!;
    const kids = children.get(u) ?? [];
    weight.set(u, kids.length === 0 ? 1 : kids.reduce((s, k) => s + (weight.get(k) ?? 1), 0));
  }
  const angle = new Map<string, number>([[root, 0]]);
  const sector = new Map<string, [number, number]>([[root, [0, 2 * Math.PI]]]);
  for (const u of order) {
    const [from, to] = sector.get(u)!;
    const kids = children.get(u) ?? [];
    const total = weight.get(u) ?? 1;
    let cursor = from;
    for (const k of kids) {
      const span = ((to - from) * (weight.get(k) ?? 1)) / total;
      sector.set(k, [cursor, cursor + span]);
      angle.set(k, cursor + span / 2);
      cursor += span;
    }
  }

  const byDepth: string[][] = [];
  for (const u of order) {
    const d = depth.get(u) ?? 0;
    (byDepth[d] ??= []).push(u);
  }
  positions.set(root, { x: 0, y: 0 });
  let radius = firstRadius;
  for (let d = 1; d < byDepth.length; d++) {
    const ring = (byDepth[d] ?? []).slice().sort((a, b) => (angle.get(a) ?? 0) - (angle.get(b) ?? 0));
    // A ring too long for its radius is dealt round-robin onto k concentric sub-rings: each sub-ring then
    // holds every k-th node in angular order, and the innermost one is made wide enough for its share.
    // k ≈ √(needed radius / spacing) minimises the outer radius.
    const needed = (ring.length * spacing) / (2 * Math.PI);
    let subRings = 1;
    let inner = radius;
    if (needed > radius) {
      subRings = Math.max(1, Math.round(Math.sqrt(needed / spacing)));
      inner = Math.max(radius, needed / subRings);
    }
    // Angles shrink by N / (k·⌈N/k⌉) so that, across the seam at angle 0, same-sub-ring nodes also stay k
    // steps apart.
    const squeeze = ring.length / (Math.ceil(ring.length / subRings) * subRings);
    ring.forEach((u, i) => {
      const r = inner + (i % subRings) * spacing;
      const a = (angle.get(u) ?? 0) * squeeze;
      positions.set(u, { x: r * Math.cos(a), y: r * Math.sin(a) });
    });
    radius = inner + (subRings - 1) * spacing + ringGap;
  }
  return positions;
}
