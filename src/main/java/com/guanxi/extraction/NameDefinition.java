package com.guanxi.extraction;

/**
 * A name the document itself ties to another: {@code 北京联想科技有限公司（以下简称联想公司）} defines the short name
 * 联想公司; {@code （原名：…）} gives a former name. {@code subject} is the full name being defined (as written).
 */
public record NameDefinition(Kind kind, String subject, String name, int start, int end) {
    public enum Kind { SHORT_NAME, FORMER_NAME }

    public NameDefinition {
        if (subject == null || subject.isEmpty() || name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a definition has a subject and a name");
        }
    }
}
