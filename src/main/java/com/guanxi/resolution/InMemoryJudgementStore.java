package com.guanxi.resolution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link JudgementStore} in memory: the latest judgement per unordered pair. Thread-safe. */
public final class InMemoryJudgementStore implements JudgementStore {
    private final Map<String, Judgement> latestByPair = new HashMap<>();
    private final Map<String, List<String>> pairsByKey = new HashMap<>();

    private static String pair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }

    @Override
    public synchronized void record(Judgement j) {
        String p = pair(j.subjectKey(), j.candidateKey());
        Judgement prev = latestByPair.get(p);
        if (prev != null && prev.when().isAfter(j.when())) return;
        if (prev == null) {
            pairsByKey.computeIfAbsent(j.subjectKey(), k -> new ArrayList<>()).add(p);
            pairsByKey.computeIfAbsent(j.candidateKey(), k -> new ArrayList<>()).add(p);
        }
        latestByPair.put(p, j);
    }

    @Override
    public synchronized Optional<Judgement> latest(String subjectKey, String candidateKey) {
        return Optional.ofNullable(latestByPair.get(pair(subjectKey, candidateKey)));
    }

    @Override
    public synchronized List<Judgement> involving(String key) {
        List<Judgement> out = new ArrayList<>();
        for (String p : pairsByKey.getOrDefault(key, List.of())) out.add(latestByPair.get(p));
        return out;
    }
}
