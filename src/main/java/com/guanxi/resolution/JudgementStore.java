package com.guanxi.resolution;

import java.util.List;
import java.util.Optional;

/**
 * Reviewer decisions, an input to the resolver (backed by Neo4j in the service; {@link InMemoryJudgementStore}
 * for tests). The latest judgement on a pair counts.
 */
public interface JudgementStore {
    void record(Judgement judgement);

    /** The latest judgement on the pair, in either order. */
    Optional<Judgement> latest(String subjectKey, String candidateKey);

    /** All latest judgements whose subject or candidate is {@code key}. */
    List<Judgement> involving(String key);
}
