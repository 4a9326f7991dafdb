package com.guanxi.analysis;

import java.util.Arrays;

/** A partition of nodes 0..n-1 into numbered components, with the members of each component listed contiguously. */
final class NodePartition {
    private final int[] component;
    private final int count;
    private final int[] memberStart;
    private final int[] members;

    NodePartition(int[] component, int count) {
        this.component = component;
        this.count = count;
        int n = component.length;
        memberStart = new int[count + 1];
        for (int v = 0; v < n; v++) memberStart[component[v] + 1]++;
        for (int c = 0; c < count; c++) memberStart[c + 1] += memberStart[c];
        members = new int[n];
        int[] fill = Arrays.copyOf(memberStart, count);
        for (int v = 0; v < n; v++) members[fill[component[v]]++] = v;
    }

    int component(int v) {
        return component[v];
    }

    int count() {
        return count;
    }

    int size(int c) {
        return memberStart[c + 1] - memberStart[c];
    }

    /** Members of component c are {@code member(k)} for k in [memberStart(c), memberEnd(c)), in increasing node order. */
    int memberStart(int c) {
        return memberStart[c];
    }

    int memberEnd(int c) {
        return memberStart[c + 1];
    }

    int member(int k) {
        return members[k];
    }
}
