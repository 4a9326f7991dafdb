package com.guanxi.analysis;

import java.util.List;

/**
 * A guarantee circle (担保圈): a weakly connected component of G with at least the configured members.
 *
 * @param members            member ids (companies and persons), sorted
 * @param size               number of members
 * @param totalAmountYuan    sum of the active amounts on the circle's edges
 * @param edges              number of edges of G inside the circle (parallel contracts counted once)
 * @param companyMembers     members that are not natural persons
 * @param hasLoop            the circle contains a guarantee loop
 * @param hasMutual          the circle contains a mutual-guarantee pair
 * @param maxOutExposure     member giving the largest total amount (ties: smallest id)
 * @param maxOutExposureYuan that member's given total
 * @param maxInExposure      member receiving the largest total amount (ties: smallest id)
 * @param maxInExposureYuan  that member's received total
 */
public record GuaranteeCircle(List<String> members, int size, double totalAmountYuan, int edges, int companyMembers,
                              boolean hasLoop, boolean hasMutual, String maxOutExposure, double maxOutExposureYuan,
                              String maxInExposure, double maxInExposureYuan) {
    public GuaranteeCircle {
        members = List.copyOf(members);
        if (size != members.size()) throw new IllegalArgumentException("size must equal the member count");
    }

    /** The circle's id: named after its smallest member, so it stays stable across runs while it keeps that member. */
    public String id() {
        return "GC-" + members.stream().min(String::compareTo).orElseThrow();
    }
}
