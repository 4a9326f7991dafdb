package com.guanxi.analysis;

import java.util.List;

/**
 * An associated party (关联方) of a company C.
 *
 * @param id        the party (company or person)
 * @param relations every way it is connected to C, in {@link Association} order, at least one
 * @param path      ids from C to the party for its first relation: [C, party] for a direct link, the control
 *                  chain for controllers and group companies, [C, person, party] for cross office
 * @param via       what the first relation goes through when that is not a node on the path: the case number
 *                  of a litigation counterparty, the shared address/phone/email; null otherwise
 */
public record AssociatedParty(String id, List<Association> relations, List<String> path, String via) {
    public AssociatedParty {
        relations = List.copyOf(relations);
        path = List.copyOf(path);
        if (relations.isEmpty()) throw new IllegalArgumentException("an associated party has a relation");
        if (path.size() < 2 || !path.get(path.size() - 1).equals(id)) {
            throw new IllegalArgumentException("the path must lead from the company to " + id + ": " + path);
        }
    }
}
