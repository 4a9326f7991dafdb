package com.guanxi.extraction;

/**
 * A party of a judgment, from its party line (原告：…, 上诉人（原审被告）：…).
 *
 * @param role           the procedural role in this instance, e.g. 上诉人, 被告, 申请执行人
 * @param roleDetail     the bracketed detail after the role, e.g. 原审被告 or 反诉原告; null when absent
 * @param name           the mention of the party's name
 * @param representative the 法定代表人 / 负责人 / 经营者 line's mention, null when absent
 * @param representativeTitle the label of that line (法定代表人, 负责人 …), null when absent
 * @param address        住所地 / 住 / 经营场所 text as written, null when absent
 */
public record Party(String role, String roleDetail, TextMention name, TextMention representative,
                    String representativeTitle, String address) {
    public Party {
        if (role == null || name == null) throw new IllegalArgumentException("a party has a role and a name");
    }

    public boolean isOrganisation() {
        return name.type() == TextMention.EntityKind.ORGANISATION;
    }

    Party withRepresentative(TextMention rep, String title) {
        return new Party(role, roleDetail, name, rep, title, address);
    }
}
