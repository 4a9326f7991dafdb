package com.guanxi.extraction;

/**
 * An organisation form (组织形式) from dictionaries/org_forms.tsv, in normalised spelling.
 * Forms with the same {@code group} are one legal form written differently (有限公司 / 有限责任公司).
 */
public record OrgForm(String form, String group, String kind, boolean branch) {
    public OrgForm {
        if (form == null || form.isEmpty()) throw new IllegalArgumentException("empty form");
    }

    /** Forms that also end ordinary words (格局, 中心), so a name ending in them needs more evidence. */
    public boolean weak() {
        return form.length() == 1 || kind.equals("institution") || group.equals("bureau") || group.equals("factory")
                || group.equals("hotel") || group.equals("shop") && form.length() <= 2;
    }
}
