package com.guanxi.extraction;

import java.util.List;

/**
 * The structure of a Chinese organisation name (行政区划 + 字号 + 行业 + 组织形式, GB/T "企业名称登记管理规定"):
 * {@code 广州市远拓东坤农业发展股份有限公司} = region 广州市, trade 远拓东坤, industry 农业发展, form 股份有限公司.
 *
 * @param raw         the name as written
 * @param normalized  {@link TextNormalizer#normalizeName} of raw, with a bank alias rewritten to the bank's legal name
 * @param regionText  the region words removed from the name (leading, or in brackets), "" when none
 * @param regions     the divisions regionText can mean (several when a short name is shared), most precise level
 * @param trade       字号, the distinctive part ("" only when nothing but region and form is left)
 * @param industry    行业 words, with 集团 appended when the name says it is a group
 * @param form        the organisation form, null when none was recognised (then the name is probably a person's)
 * @param branch      for a branch (…股份有限公司佛山禅城支行): the branch part 佛山禅城支行; "" otherwise
 * @param branchRegions the divisions the branch part starts with (佛山禅城支行 → 禅城区), empty when none
 * @param institution the bank's legal name when the name is a bank's (dictionaries/banks.tsv), "" otherwise
 */
public record ParsedName(String raw, String normalized, String regionText, List<Region> regions, String trade,
                         String industry, OrgForm form, String branch, List<Region> branchRegions, String institution) {
    public ParsedName {
        regions = List.copyOf(regions);
        branchRegions = List.copyOf(branchRegions);
        if (normalized == null || trade == null || industry == null || branch == null || regionText == null || institution == null) {
            throw new IllegalArgumentException("parsed name parts must not be null");
        }
    }

    /** True when the name carries a recognised organisation form. */
    public boolean isOrganisation() {
        return form != null;
    }

    public boolean hasRegion() {
        return !regions.isEmpty();
    }

    /** The form's group (有限公司 and 有限责任公司 share "llc"), "" without a form. */
    public String formGroup() {
        return form == null ? "" : form.group();
    }

    /**
     * The name without its region: trade + industry + form group + branch. Two spellings of one company
     * that differ only by region or by the spelling of the form have the same core.
     */
    public String core() {
        return trade + industry + "#" + formGroup() + (branch.isEmpty() ? "" : "/" + branch);
    }

    /** Trade name and industry without form or region, the part a typo most likely hits. */
    public String tradeIndustry() {
        return trade + industry;
    }

    /** True when any recognised region of this name is consistent with the 6-digit division code. */
    public boolean regionContains(String divisionCode) {
        for (Region r : regions) if (r.contains(divisionCode)) return true;
        return false;
    }

    /** True when both branches start with a region and no reading of one is consistent with the other's. */
    public boolean branchRegionsConflict(ParsedName other) {
        if (branchRegions.isEmpty() || other.branchRegions.isEmpty()) return false;
        for (Region a : branchRegions) for (Region b : other.branchRegions) if (a.consistentWith(b)) return false;
        return true;
    }

    /** True when some reading of this name's region is consistent with some reading of the other's. */
    public boolean regionConsistentWith(ParsedName other) {
        for (Region a : regions) for (Region b : other.regions) if (a.consistentWith(b)) return true;
        return false;
    }
}
