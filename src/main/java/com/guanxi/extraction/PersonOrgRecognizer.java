package com.guanxi.extraction;

import java.util.List;

/**
 * A statistical second signal for names in running text (CoreNLP's CRF NER for Chinese). Its spans are
 * candidates: the extractor adds persons the rules missed, and never lets it override a rule mention.
 */
public interface PersonOrgRecognizer {
    /** Spans of PERSON and ORGANIZATION names in {@code text}; offsets in {@code text}. Thread-safe. */
    List<RecognizedSpan> recognize(String text);

    /** A span the recognizer labelled. */
    record RecognizedSpan(int start, int end, TextMention.EntityKind type) {
        public RecognizedSpan {
            if (start < 0 || end <= start) throw new IllegalArgumentException("empty span");
        }
    }

    /** The rules alone. */
    PersonOrgRecognizer NONE = text -> List.of();
}
