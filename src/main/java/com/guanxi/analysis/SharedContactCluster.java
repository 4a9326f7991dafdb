package com.guanxi.analysis;

import java.util.List;

/**
 * Companies sharing one normalised contact value.
 *
 * @param type    address, phone or email
 * @param value   the normalised value ({@link ContactNormaliser})
 * @param members the companies, sorted; at least two
 * @param size    number of members
 * @param tagged  each member shares the value with at least {@link AnalysisParams#sharedContactMinOthers()} others
 */
public record SharedContactCluster(ContactType type, String value, List<String> members, int size, boolean tagged) {
    public SharedContactCluster {
        members = List.copyOf(members);
        if (size != members.size() || size < 2) throw new IllegalArgumentException("a cluster has its size, >= 2");
    }
}
