package com.guanxi.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Shared contacts (疑似关联, definitions.md "SHARED_CONTACT"): registry companies grouped by the normalised value of
 * their address, phone and email; a value shared by two or more companies is a cluster, tagged when each member
 * shares it with at least {@link AnalysisParams#sharedContactMinOthers()} others. Hashing: O(n) expected, plus
 * sorting members.
 */
public final class SharedContacts {
    private SharedContacts() {
    }

    public static SharedContactResult find(CompanyRegistry registry, AnalysisParams params) {
        List<SharedContactCluster> clusters = new ArrayList<>();
        for (ContactType type : ContactType.values()) {
            Map<String, List<String>> byValue = new HashMap<>();
            for (CompanyFacts c : registry.companies()) {
                String raw = switch (type) {
                    case ADDRESS -> c.address();
                    case PHONE -> c.phone();
                    case EMAIL -> c.email();
                };
                String value = ContactNormaliser.normalise(type, raw);
                if (value != null) byValue.computeIfAbsent(value, k -> new ArrayList<>(2)).add(c.id());
            }
            byValue.forEach((value, members) -> {
                if (members.size() < 2) return;
                members.sort(null);
                int size = members.size();
                clusters.add(new SharedContactCluster(type, value, members, size,
                        size - 1 >= params.sharedContactMinOthers()));
            });
        }
        clusters.sort(Comparator.comparing(SharedContactCluster::type).thenComparing(SharedContactCluster::value));
        return new SharedContactResult(clusters);
    }
}
