package com.guanxi.resolution;

import java.util.Set;

/**
 * A person named somewhere, with the context around the mention (never the name alone decides):
 * the companies the person sits on there (legal rep, officer, shareholder, guarantor for, representative of),
 * the court cases, and the domicile's district code when a judgment gives it.
 *
 * @param seq arrival order; the earliest mention of a person is its anchor and gives the person its id
 */
public record PersonMention(MentionRef ref, String raw, String name, Set<String> companies, Set<String> cases,
                            String domicileDivision, long seq) {
    public PersonMention {
        if (ref == null || name == null || name.isEmpty()) throw new IllegalArgumentException("person mention needs ref and name");
        companies = Set.copyOf(companies);
        cases = Set.copyOf(cases);
    }

    PersonMention withCompanies(Set<String> c) {
        return new PersonMention(ref, raw, name, c, cases, domicileDivision, seq);
    }
}
