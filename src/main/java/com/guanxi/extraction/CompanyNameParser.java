package com.guanxi.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an organisation name into region, trade name, industry, form and branch, using the {@link Lexicon}.
 * Rules, in order: rewrite a bank alias to the bank's legal name; split off a branch part after the parent's
 * form; take the longest organisation form that ends the name; take a region in trailing or middle brackets
 * (瀚程国际控股有限公司（香港）, 拓合乾（宁波）供应链管理…); take up to three nested leading regions
 * (广东省广州市越秀区…), a district's short name only after its city; the longest industry word that ends what
 * is left; the rest is the trade name. A region is put back when removing it would leave no trade name.
 * <p>
 * Runs in O(L·(F + R)) for a name of L characters, F forms and R = longest region alias; stateless, thread-safe.
 */
public final class CompanyNameParser {
    private final Lexicon lexicon;
    private final TextNormalizer normalizer;

    public CompanyNameParser(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.normalizer = lexicon.normalizer();
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    public ParsedName parse(String raw) {
        String n = canonicalBank(normalizer.normalizeName(raw));
        String branch = "";
        String parent = n;
        OrgForm last = formAtEnd(n, 0);
        if (last != null && last.branch()) {
            int parentEnd = lastNonBranchFormEnd(n, n.length() - last.form().length());
            if (parentEnd > 0 && parentEnd < n.length()) {
                parent = n.substring(0, parentEnd);
                branch = n.substring(parentEnd);
            }
        }
        return parseParent(raw, n, parent, branch);
    }

    private ParsedName parseParent(String raw, String normalized, String s, String branch) {
        // a region in trailing brackets: 瀚程国际控股有限公司(香港)
        String trailingRegionText = "";
        List<Region> trailingRegions = List.of();
        if (s.endsWith(")")) {
            int open = s.lastIndexOf('(');
            if (open > 0) {
                String inside = s.substring(open + 1, s.length() - 1);
                List<Region> rs = lexicon.regionsNamed(inside);
                if (!rs.isEmpty()) {
                    trailingRegionText = inside;
                    trailingRegions = rs;
                    s = s.substring(0, open);
                }
            }
        }
        OrgForm form = formAtEnd(s, 1);
        String body = form == null ? s : s.substring(0, s.length() - form.form().length());

        List<Integer> ends = new ArrayList<>();
        List<List<Region>> alternatives = new ArrayList<>();
        leadingRegions(body, ends, alternatives);
        // put regions back while they would leave less than two characters of name
        while (!ends.isEmpty() && body.length() - ends.get(ends.size() - 1) < 2) {
            alternatives.remove(alternatives.size() - 1);
            ends.remove(ends.size() - 1);
        }
        int regionEnd = ends.isEmpty() ? 0 : ends.get(ends.size() - 1);
        String regionText = body.substring(0, regionEnd);
        List<Region> regions = alternatives.isEmpty() ? List.of() : alternatives.get(alternatives.size() - 1);
        String middle = body.substring(regionEnd);

        // brackets inside the middle: a region (拓合乾(宁波)供应链), 集团, or anything else kept as text
        boolean group = false;
        StringBuilder rest = new StringBuilder();
        for (int i = 0; i < middle.length(); i++) {
            char c = middle.charAt(i);
            if (c == '(') {
                int close = middle.indexOf(')', i);
                if (close > i) {
                    String inside = middle.substring(i + 1, close);
                    List<Region> rs = lexicon.regionsNamed(inside);
                    if (!rs.isEmpty()) {
                        if (regions.isEmpty()) {
                            regions = rs;
                            regionText = inside;
                        }
                    } else if (inside.equals("集团")) {
                        group = true;
                    } else {
                        rest.append(inside);
                    }
                    i = close;
                    continue;
                }
            }
            if (c != '(' && c != ')') rest.append(c);
        }
        if (regions.isEmpty() && !trailingRegions.isEmpty()) {
            regions = trailingRegions;
            regionText = trailingRegionText;
        }
        String m = rest.toString();
        if (m.endsWith("集团") && m.length() > 2) {
            group = true;
            m = m.substring(0, m.length() - 2);
        }
        String industry = "";
        int maxInd = Math.min(lexicon.longestIndustry(), m.length() - 1);
        for (int len = maxInd; len >= 1; len--) {
            String tail = m.substring(m.length() - len);
            if (lexicon.isIndustry(tail)) {
                industry = tail;
                break;
            }
        }
        String trade = m.substring(0, m.length() - industry.length());
        List<Region> branchRegions = branch.isEmpty() ? List.of() : regionsAtStart(branch);
        String institution = "";
        for (String alias : lexicon.bankAliasesLongestFirst()) {
            String canonical = lexicon.bankCanonical(alias);
            if (normalized.startsWith(canonical)) {
                institution = canonical;
                break;
            }
        }
        return new ParsedName(raw, normalized, regionText, regions, trade, industry + (group ? "集团" : ""), form, branch,
                branchRegions, institution);
    }

    /**
     * The most precise division an address or name starts with (广东省广州市越秀区中山路… → 越秀区 of 广州),
     * every reading when the words are shared; empty when it starts with none.
     */
    public List<Region> regionsAtStart(String text) {
        List<Integer> ends = new ArrayList<>();
        List<List<Region>> alternatives = new ArrayList<>();
        leadingRegions(normalizer.normalizeName(text), ends, alternatives);
        return alternatives.isEmpty() ? List.of() : alternatives.get(alternatives.size() - 1);
    }

    /** Up to three nested regions at the start of {@code body}: their end offsets and readings. */
    private void leadingRegions(String body, List<Integer> ends, List<List<Region>> alternatives) {
        Region parent = null;
        int pos = 0;
        while (ends.size() < 3 && pos < body.length()) {
            int found = 0;
            List<Region> choice = null;
            int max = Math.min(lexicon.longestRegionAlias(), body.length() - pos);
            for (int len = max; len >= 2 && choice == null; len--) {
                String alias = body.substring(pos, pos + len);
                List<Region> rs = acceptable(lexicon.regionsNamed(alias), alias, parent);
                if (!rs.isEmpty()) {
                    choice = rs;
                    found = len;
                }
            }
            if (choice == null) break;
            parent = choice.get(0);
            alternatives.add(choice);
            pos += found;
            ends.add(pos);
        }
    }

    /**
     * Which regions named {@code alias} may stand at this place: under a parent, only its children; at the start,
     * provinces and cities by any name, districts only by their full name (朝阳区, not 朝阳).
     */
    private List<Region> acceptable(List<Region> named, String alias, Region parent) {
        if (named.isEmpty()) return named;
        List<Region> ok = new ArrayList<>();
        for (Region r : named) {
            if (parent != null) {
                if (r.level().ordinal() > parent.level().ordinal() && parent.contains(r.code())) ok.add(r);
            } else if (r.level() != Region.Level.DISTRICT || alias.equals(normalizer.normalizeName(r.name()))) {
                ok.add(r);
            }
        }
        if (parent == null && ok.size() > 1) {
            // prefer the highest level: 吉林 is the province before it is the city
            Region.Level best = Region.Level.DISTRICT;
            for (Region r : ok) if (r.level().ordinal() < best.ordinal()) best = r.level();
            List<Region> top = new ArrayList<>();
            for (Region r : ok) if (r.level() == best) top.add(r);
            return top;
        }
        return ok;
    }

    /** The longest form ending {@code s} that leaves at least {@code minLeft} characters before it. */
    private OrgForm formAtEnd(String s, int minLeft) {
        for (OrgForm f : lexicon.formsLongestFirst()) {
            if (s.length() - f.form().length() >= minLeft && s.endsWith(f.form())) return f;
        }
        return null;
    }

    /** End of the last non-branch form that ends before {@code limit} (the parent of a branch), or -1. */
    private int lastNonBranchFormEnd(String s, int limit) {
        for (int end = limit; end >= 2; end--) {
            String head = s.substring(0, end);
            OrgForm f = formAtEnd(head, 1);
            if (f != null && !f.branch() && !f.weak() && f.form().length() >= 2) return end;
        }
        return -1;
    }

    /** 工行深圳南山支行 → 中国工商银行股份有限公司深圳南山支行; other names unchanged. */
    private String canonicalBank(String n) {
        for (String alias : lexicon.bankAliasesLongestFirst()) {
            if (!n.startsWith(alias)) continue;
            String canonical = lexicon.bankCanonical(alias);
            if (n.startsWith(canonical)) return n;
            String rest = n.substring(alias.length());
            if (rest.startsWith("股份有限公司")) rest = rest.substring(6);
            else if (rest.startsWith("有限公司")) rest = rest.substring(4);
            if (rest.isEmpty()) return canonical;
            OrgForm f = formAtEnd(rest, 1);
            if (f != null && f.branch()) return canonical + rest;
            return n;
        }
        return n;
    }
}
