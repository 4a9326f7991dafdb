package com.guanxi.resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The kinds of person comparison. Two mentions are blocked together only by the same normalised name; every
 * comparison looks at the context around the mentions (definitions.md: "a person is identified by name and
 * context, never by name alone").
 */
final class PersonComparisons {
    static final Map<String, List<String>> OUTCOMES = Map.of(
            "shared_company", List.of("yes", "no"),
            "shared_case", List.of("yes", "no"),
            "shared_contact", List.of("yes", "no"),
            "domicile_region", List.of("same_district", "other"));

    private PersonComparisons() {
    }

    static void validate(ResolutionModel.EntityModel m) {
        int maxHops = m.limit("max_ownership_hops", 4);
        for (ResolutionModel.Comparison c : m.comparisons()) {
            List<String> outcomes = OUTCOMES.get(c.kind());
            if (c.kind().equals("ownership_distance")) {
                outcomes = new ArrayList<>();
                for (int h = 0; h <= maxHops; h++) outcomes.add(String.valueOf(h));
                outcomes.add("none");
            }
            if (outcomes == null) throw new IllegalArgumentException("unknown person comparison kind: " + c.kind());
            for (String o : outcomes) c.level(o);
        }
        double allNo = m.priorLog2Odds();
        for (ResolutionModel.Comparison c : m.comparisons()) {
            String none = c.kind().equals("ownership_distance") ? "none" : c.kind().equals("domicile_region") ? "other" : "no";
            allNo += c.level(none).bayesFactorLog2();
        }
        if (allNo >= m.thresholds().review()) {
            throw new IllegalArgumentException("person model would pair same-name persons without any shared context");
        }
    }

    /** What the comparisons of one mention need: its companies' ownership distances and contact neighbours. */
    record Context(PersonMention mention, Map<String, Integer> distances, Set<String> contactNeighbours) {
    }

    static Waterfall score(ResolutionModel.EntityModel model, Context a, Context b, CompanyGraph graph) {
        Waterfall w = new Waterfall(model.priorLog2Odds());
        for (ResolutionModel.Comparison c : model.comparisons()) w.add(c, outcome(c, a, b, graph));
        return w;
    }

    private static String outcome(ResolutionModel.Comparison c, Context a, Context b, CompanyGraph graph) {
        PersonMention x = a.mention(), y = b.mention();
        return switch (c.kind()) {
            case "shared_company" -> intersects(x.companies(), y.companies()) ? "yes" : "no";
            case "shared_case" -> intersects(x.cases(), y.cases()) ? "yes" : "no";
            case "ownership_distance" -> {
                int best = Integer.MAX_VALUE;
                for (String cy : y.companies()) {
                    Integer d = a.distances().get(cy);
                    if (d != null) best = Math.min(best, d);
                }
                for (String cx : x.companies()) {
                    Integer d = b.distances().get(cx);
                    if (d != null) best = Math.min(best, d);
                }
                yield best == Integer.MAX_VALUE ? "none" : String.valueOf(best);
            }
            case "shared_contact" -> intersects(a.contactNeighbours(), y.companies())
                    || intersects(b.contactNeighbours(), x.companies()) ? "yes" : "no";
            case "domicile_region" -> domicileMatches(x, y, graph) || domicileMatches(y, x, graph) ? "same_district" : "other";
            default -> throw new IllegalStateException("unknown kind " + c.kind());
        };
    }

    private static boolean domicileMatches(PersonMention withDomicile, PersonMention other, CompanyGraph graph) {
        if (withDomicile.domicileDivision() == null) return false;
        for (String c : other.companies()) {
            if (withDomicile.domicileDivision().equals(graph.division(c))) return true;
        }
        return false;
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        if (a.size() > b.size()) {
            Set<String> t = a;
            a = b;
            b = t;
        }
        for (String s : a) if (b.contains(s)) return true;
        return false;
    }
}
