package com.guanxi.analysis;

import java.util.List;

/**
 * A group (集团): the registry companies whose ultimate controller is {@code root}.
 *
 * @param root     the ultimate controller (a person, an external holder, or an uncontrolled company)
 * @param rootType its kind
 * @param members  the controlled registry companies, sorted
 * @param size     members, plus the root when the root is a registry company (definitions.md "Fine points")
 */
public record CorporateGroup(String root, PartyKind rootType, List<String> members, int size) {
    public CorporateGroup {
        members = List.copyOf(members);
    }
}
