package com.guanxi.analysis;

import java.util.List;

/**
 * Cross-holdings (交叉持股): the ownership cycles (strongly connected components of the holding graph with two or
 * more companies, or one company holding itself), each sorted, and every company on one ({@code crossHolding},
 * sorted).
 */
public record OwnershipCycles(List<List<String>> cycles, List<String> crossHolding) {
    public OwnershipCycles {
        cycles = cycles.stream().map(List::copyOf).toList();
        crossHolding = List.copyOf(crossHolding);
    }
}
