package com.guanxi.resolution;

import java.time.Instant;

/**
 * A reviewer's decision on a pair: a mention ({@code subjectKey}, a {@link MentionRef#key()}) and a candidate
 * ({@code candidateKey}: a company entity id, or another person mention's key). A REJECT is never undone by the
 * resolver; an ACCEPT forces the link; UNSURE leaves the pair in review.
 */
public record Judgement(String subjectKey, String candidateKey, Verdict verdict, String who, Instant when, String note) {
    public enum Verdict { ACCEPT, REJECT, UNSURE }

    public Judgement {
        if (subjectKey == null || candidateKey == null || verdict == null || who == null || when == null) {
            throw new IllegalArgumentException("a judgement needs the pair, the verdict, who and when");
        }
    }

    /** True when this judgement is about the pair, in either order. */
    public boolean concerns(String a, String b) {
        return subjectKey.equals(a) && candidateKey.equals(b) || subjectKey.equals(b) && candidateKey.equals(a);
    }
}
