import { describe, expect, it } from 'vitest';
import { radialLayout } from '../src/graph/radial';
import { maxSeverity } from '../src/graph/relations';
import { contagionGraph } from '../src/panels/guarantee';
import { ownershipGraph } from '../src/panels/ownership';
import { trimToBudget } from '../src/panels/trim';
import type { GraphData } from '../src/types';

describe('radial placement', () => {
  it('shouldGiveEveryNodeAPlaceWithoutOverlapsForAHubOfTwoThousand', () => {
    // Given a star: one hub with 2,000 neighbours, plus a node not connected to anything
    const ids = ['hub', ...Array.from({ length: 2000 }, (_, i) => `n${i}`), 'alone'];
    const edges = ids.slice(1, 2001).map((id) => ({ source: 'hub', target: id }));
    // When placed
    const pos = radialLayout(ids, edges, 'hub', { spacing: 40 });
    // Then every node has a finite position, the hub is at the centre, and no two nodes nearly coincide
    expect(pos.size).toBe(ids.length);
    expect(pos.get('hub')).toEqual({ x: 0, y: 0 });
    const pts = [...pos.values()];
    let min = Infinity;
    for (let i = 0; i < pts.length; i++) {
      for (let j = i + 1; j < pts.length; j++) {
        min = Math.min(min, Math.hypot(pts[i]!.x - pts[j]!.x, pts[i]!.y - pts[j]!.y));
      }
    }
    expect(min).toBeGreaterThan(20);
    // and the disc stays compact (a single ring would need a radius of 2000*40/2π ≈ 12,700)
    const radius = Math.max(...pts.map((p) => Math.hypot(p.x, p.y)));
    expect(radius).toBeLessThan(3000);
  });
});

describe('display cap', () => {
  const data: GraphData = {
    nodes: Array.from({ length: 100 }, (_, i) => ({ id: `n${i}`, label: 'Company' })),
    edges: Array.from({ length: 99 }, (_, i) => ({ id: `e${i}`, source: 'n0', target: `n${i + 1}`, type: 'HOLDS' })),
  };

  it('shouldNeverReturnMoreElementsThanTheBudget', () => {
    const trimmed = trimToBudget(data, 51);
    expect(trimmed.nodes.length + trimmed.edges.length).toBeLessThanOrEqual(51);
    expect(trimmed.truncated).toBe(true);
    const kept = new Set(trimmed.nodes.map((n) => n.id));
    for (const e of trimmed.edges) {
      expect(kept.has(e.source) && kept.has(e.target)).toBe(true);
    }
    // a star of k leaves costs 1 + 2k elements: 1 + 2*25 = 51
    expect(trimmed.nodes.length).toBe(26);
  });

  it('shouldCountNodesAlreadyOnScreenAsFree', () => {
    const trimmed = trimToBudget(data, 10, new Set(['n0']));
    expect(trimmed.nodes.map((n) => n.id)).toContain('n0');
    expect(trimmed.nodes.length - 1 + trimmed.edges.length).toBeLessThanOrEqual(10);
  });

  it('shouldLeaveDataWithinBudgetUntouched', () => {
    expect(trimToBudget(data, 1000)).toBe(data);
  });
});

describe('ownership tree flattening', () => {
  it('shouldPointHoldersAtWhatTheyHoldInBothDirections', () => {
    const up = { id: 'C', name: 'C', children: [{ id: 'P', name: '王建国', type: 'Person', direct: 0.6, integrated: 0.6, children: [] }] };
    const down = { id: 'C', name: 'C', children: [{ id: 'S', name: 'S', type: 'Company', direct: 0.8, integrated: 0.8 }] };
    const g = ownershipGraph(up, down);
    expect(g.nodes.map((n) => n.id).sort()).toEqual(['C', 'P', 'S']);
    expect(g.nodes.find((n) => n.id === 'P')?.label).toBe('Person');
    expect(g.edges.map((e) => `${e.source}>${e.target}`).sort()).toEqual(['C>S', 'P>C']);
    expect(g.edges.find((e) => e.source === 'P')?.props).toEqual({ direct: 0.6, integrated: 0.6 });
  });
});

describe('contagion paths', () => {
  it('shouldOrientEdgesFromGuarantorToBorrower', () => {
    // X defaults; g1 guarantees X; g2 guarantees g1 (definitions.md: contagion set = ancestors in G)
    const g = contagionGraph({ companyId: 'X', members: [
      { id: 'g1', path: ['X', 'g1'] },
      { id: 'g2', path: ['X', 'g1', 'g2'] },
    ] });
    expect(g.edges.map((e) => `${e.source}>${e.target}`).sort()).toEqual(['g1>X', 'g2>g1']);
  });
});

describe('severity of node tags', () => {
  it('shouldTakeTheHighestSeverity', () => {
    expect(maxSeverity(['GROUP_MEMBER', 'GUARANTEE_CIRCLE'])).toBe('medium');
    expect(maxSeverity([{ code: 'X', severity: 'HIGH' }, 'GROUP_MEMBER'])).toBe('high');
    expect(maxSeverity([])).toBeNull();
  });
});
