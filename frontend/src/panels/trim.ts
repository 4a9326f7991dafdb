import type { GraphData, GraphEdge } from '../types';

/**
 * Keeps at most `budget` elements so that the display cap holds whatever the service returns: nodes are taken
 * in the service's order (nodes in `present`, already on screen, count as kept and cost nothing), each
 * bringing its edges to nodes kept before it. O(n + m).
 */
export function trimToBudget(data: GraphData, budget: number, present: ReadonlySet<string> = new Set()): GraphData {
  const nodes = data.nodes ?? [];
  const edges = data.edges ?? [];
  if (nodes.length + edges.length <= budget) return data;
  const byNode = new Map<string, GraphEdge[]>();
  for (const e of edges) {
    for (const end of [String(e.source), String(e.target)]) {
      const list = byNode.get(end);
      if (list) list.push(e);
      else byNode.set(end, [e]);
    }
  }
  const kept = new Set<string>(present);
  const keptNodes = [];
  const keptEdges: GraphEdge[] = [];
  const edgeSeen = new Set<GraphEdge>();
  let used = 0;
  const addEdgesOf = (id: string, dryRun: boolean): number => {
    let n = 0;
    for (const e of byNode.get(id) ?? []) {
      if (edgeSeen.has(e)) continue;
      const other = String(e.source) === id ? String(e.target) : String(e.source);
      if (!kept.has(other) && other !== id) continue;
      n++;
      if (!dryRun) {
        edgeSeen.add(e);
        keptEdges.push(e);
      }
    }
    return n;
  };
  for (const node of nodes) {
    const id = String(node.id);
    if (present.has(id)) {
      keptNodes.push(node);
      continue;
    }
    kept.add(id);
    const cost = 1 + addEdgesOf(id, true);
    if (used + cost > budget) {
      kept.delete(id);
      break;
    }
    used += cost;
    keptNodes.push(node);
    addEdgesOf(id, false);
  }
  // Edges between nodes that were both already on screen.
  for (const e of edges) {
    if (used >= budget) break;
    if (!edgeSeen.has(e) && present.has(String(e.source)) && present.has(String(e.target))) {
      edgeSeen.add(e);
      keptEdges.push(e);
      used++;
    }
  }
  return { nodes: keptNodes, edges: keptEdges, truncated: true };
}
