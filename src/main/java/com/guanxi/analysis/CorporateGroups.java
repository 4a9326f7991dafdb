package com.guanxi.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups (集团, definitions.md "Group" and "Fine points"): all registry companies with the same ultimate controller,
 * which is the group's root; a root that is a registry company counts in the size. Counting sort by root:
 * O(n) besides sorting member ids.
 */
final class CorporateGroups {
    private CorporateGroups() {
    }

    /** The groups, sorted by root id. */
    static List<CorporateGroup> of(OwnershipGraph graph, UltimateControllers.ControlTree tree, CompanyRegistry registry) {
        int n = graph.nodeCount();
        int[] start = new int[n + 1];
        for (int v = 0; v < n; v++) {
            if (tree.isControlled(v) && registry.contains(graph.id(v))) start[tree.top()[v] + 1]++;
        }
        for (int r = 0; r < n; r++) start[r + 1] += start[r];
        String[] members = new String[start[n]];
        int[] fill = java.util.Arrays.copyOf(start, n);
        for (int v = 0; v < n; v++) {
            if (tree.isControlled(v) && registry.contains(graph.id(v))) members[fill[tree.top()[v]]++] = graph.id(v);
        }
        List<CorporateGroup> groups = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            if (start[r] == start[r + 1]) continue;
            List<String> list = new ArrayList<>(List.of(java.util.Arrays.copyOfRange(members, start[r], start[r + 1])));
            list.sort(null);
            String root = graph.id(r);
            int size = list.size() + (registry.contains(root) ? 1 : 0);
            groups.add(new CorporateGroup(root, graph.kind(r), list, size));
        }
        groups.sort((a, b) -> a.root().compareTo(b.root()));
        return groups;
    }
}
