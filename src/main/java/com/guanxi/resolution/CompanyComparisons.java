package com.guanxi.resolution;

import com.guanxi.extraction.ParsedName;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The kinds of company comparison (model.yaml names which run, with which levels). Each kind compares a
 * mention with one name of a candidate and reports an outcome; the model turns the outcome into a weight.
 * All comparisons are O(len²) on names of a few characters.
 */
final class CompanyComparisons {
    static final Map<String, List<String>> OUTCOMES = Map.of(
            "identifier", List.of("equal", "different", "missing"),
            "document_context", List.of("named_in_document", "none"),
            "region", List.of("consistent", "omitted", "no_reference", "conflict"),
            "trade_name", List.of("exact", "one_edit", "contains", "two_edits", "different", "empty"),
            "industry", List.of("exact", "one_edit", "contains", "omitted", "different"),
            "org_form", List.of("exact", "same_group", "generic", "omitted", "different"),
            "branch", List.of("both_none", "same", "one_edit", "different", "one_side"),
            "name_version", List.of("current", "former"));

    private CompanyComparisons() {
    }

    /** Fails when the model names an unknown kind or lacks a level for an outcome its kind can report. */
    static void validate(ResolutionModel.EntityModel m) {
        for (ResolutionModel.Comparison c : m.comparisons()) {
            List<String> outcomes = OUTCOMES.get(c.kind());
            if (outcomes == null) throw new IllegalArgumentException("unknown company comparison kind: " + c.kind());
            for (String o : outcomes) c.level(o);
        }
    }

    /** What is compared on the mention's side. */
    record Query(ParsedName name, String uscc, String regNo, Set<String> documentEntities) {
    }

    /** Scores a mention against one name ({@code candidateName}) of a candidate entity. */
    static Waterfall score(ResolutionModel.EntityModel model, Query q, CompanyEntity e, ParsedName candidateName,
                           boolean formerName) {
        Waterfall w = new Waterfall(model.priorLog2Odds());
        for (ResolutionModel.Comparison c : model.comparisons()) {
            w.add(c, outcome(c, q, e, candidateName, formerName));
        }
        return w;
    }

    private static String outcome(ResolutionModel.Comparison c, Query q, CompanyEntity e, ParsedName n, boolean former) {
        ParsedName m = q.name();
        return switch (c.kind()) {
            case "identifier" -> identifier("reg_no".equals(c.field()) ? q.regNo() : q.uscc(),
                    "reg_no".equals(c.field()) ? e.regNo() : e.uscc());
            case "document_context" -> q.documentEntities() != null && q.documentEntities().contains(e.id()) ? "named_in_document" : "none";
            case "region" -> region(m, n, e);
            case "trade_name" -> trade(m, n);
            case "industry" -> industry(m.industry(), n.industry());
            case "org_form" -> form(m, n);
            case "branch" -> m.branchRegionsConflict(n) ? "different" : branch(m.branch(), n.branch());
            case "name_version" -> former ? "former" : "current";
            default -> throw new IllegalStateException("unknown kind " + c.kind());
        };
    }

    private static String identifier(String a, String b) {
        if (a == null || b == null) return "missing";
        return a.equals(b) ? "equal" : "different";
    }

    private static String region(ParsedName m, ParsedName n, CompanyEntity e) {
        if (!m.hasRegion()) return "omitted";
        String division = e.divisionCode();
        if (division != null && m.regionContains(division)) return "consistent";
        if (n.hasRegion() && m.regionConsistentWith(n)) return "consistent";
        if (division == null && !n.hasRegion()) return "no_reference";
        return "conflict";
    }

    private static String trade(ParsedName m, ParsedName n) {
        if (!m.institution().isEmpty() && !n.institution().isEmpty() && !m.institution().equals(n.institution())) {
            return "different"; // two banks: 中国银行 is not 中国建设银行
        }
        String a = m.trade(), b = n.trade();
        if (a.isEmpty() || b.isEmpty()) return "empty";
        if (a.equals(b)) return "exact";
        int d = StringDistance.osa(a, b, 2);
        // a region the parser could not read (a typo in it) stays in the mention's trade name
        if (!m.hasRegion() && n.hasRegion()) {
            String nb = n.regionText() + b;
            if (a.equals(nb)) return "exact";
            d = Math.min(d, StringDistance.osa(a, nb, 2));
        }
        if (d == 1 && Math.min(a.length(), b.length()) >= 2) return "one_edit";
        if (a.contains(b) || b.contains(a)) return "contains";
        if (d == 2 && Math.min(a.length(), b.length()) >= 4) return "two_edits";
        return "different";
    }

    private static String industry(String a, String b) {
        if (a.equals(b)) return "exact";
        if (a.isEmpty()) return "omitted";
        if (b.isEmpty()) return "different";
        if (StringDistance.osa(a, b, 1) <= 1 && Math.min(a.length(), b.length()) >= 2) return "one_edit";
        if (a.contains(b) || b.contains(a)) return "contains";
        return "different";
    }

    private static String form(ParsedName m, ParsedName n) {
        if (m.form() == null) return "omitted";
        if (n.form() == null) return "different";
        if (m.form().form().equals(n.form().form())) return "exact";
        if (m.form().group().equals(n.form().group())) return "same_group";
        if (m.form().form().equals("公司") && n.form().kind().equals("company")) return "generic";
        return "different";
    }

    private static String branch(String a, String b) {
        // 深圳南山支行 and 深圳市南山区支行 name the same branch
        a = a.replaceAll("[省市区县]", "");
        b = b.replaceAll("[省市区县]", "");
        if (a.isEmpty() && b.isEmpty()) return "both_none";
        if (a.isEmpty() || b.isEmpty()) return "one_side";
        if (a.equals(b)) return "same";
        // 海淀支行 inside 北京海淀支行: the city left out
        if (a.length() >= 4 && b.endsWith(a) || b.length() >= 4 && a.endsWith(b)) return "one_edit";
        return StringDistance.osa(a, b, 1) <= 1 ? "one_edit" : "different";
    }
}
