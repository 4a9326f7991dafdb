package com.guanxi.analysis;

/**
 * How one guarantor is exposed when a company defaults.
 *
 * @param guarantorId    the exposed party
 * @param hops           fewest guarantee edges from the guarantor to the defaulted company
 * @param firstOrderYuan its direct guarantees for the defaulted company (0 when it reaches it only indirectly)
 * @param alongPathYuan  its guarantees on edges through which the call reaches it: every edge from it to the
 *                       defaulted company or to another member of the contagion set
 */
public record ContagionExposure(String guarantorId, int hops, double firstOrderYuan, double alongPathYuan) {
}
