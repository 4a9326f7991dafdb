package com.guanxi.extraction;

/**
 * A name found in a judgment's text. {@code start}/{@code end} are offsets in the original text (end exclusive);
 * {@code text} is the original substring.
 *
 * @param type       organisation or person
 * @param kind       where it was found: a party line, a representative or agent line, or the body
 * @param role       the party role for PARTY mentions (原告, 被告, 上诉人 …), the line label for REPRESENTATIVE
 *                   and AGENT mentions (法定代表人, 负责人, 委托诉讼代理人), null in the body
 * @param partyIndex the party this mention names or represents (index in {@link JudgmentExtraction#parties()}), -1 if none
 * @param source     which signal found it: "rule" or "corenlp"
 */
public record TextMention(String text, int start, int end, EntityKind type, MentionKind kind, String role,
                          int partyIndex, String source) {
    public enum EntityKind { ORGANISATION, PERSON }

    public enum MentionKind { PARTY, REPRESENTATIVE, AGENT, BODY }

    public TextMention {
        if (text == null || text.isEmpty()) throw new IllegalArgumentException("empty mention");
        if (start < 0 || end - start != text.length()) throw new IllegalArgumentException("span does not fit text: " + text);
    }

    public boolean overlaps(int s, int e) {
        return start < e && s < end;
    }
}
