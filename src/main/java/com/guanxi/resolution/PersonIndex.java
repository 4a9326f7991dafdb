package com.guanxi.resolution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every person mention seen so far with the person it belongs to, grouped by normalised name (the only
 * blocking key). The service rebuilds it from the graph: each SERVES / HOLDS / GUARANTEES / PARTY_TO relation of a
 * Person, with its source, is a mention ({@link #put}). Re-clustering a name block is a pure function of its
 * mentions, so resolving a new batch against the index gives the partition that resolving everything at once gives.
 * <p>
 * A person's id is {@code P-} + 12 hex digits of SHA-256(name | key of the person's earliest mention): stable while
 * the person only gains mentions; when two persons merge, the one with the earlier mention keeps its id.
 */
public final class PersonIndex {
    private final Map<String, List<PersonMention>> byName = new HashMap<>();
    private final Map<String, PersonMention> byKey = new HashMap<>();
    private final Map<String, String> personOf = new HashMap<>();
    private final Map<String, Set<String>> namesByCompany = new HashMap<>();
    private long nextSeq;

    /** The next arrival number for a new mention. */
    public synchronized long nextSeq() {
        return nextSeq++;
    }

    /** Adds or replaces a mention; {@code personId} is its person when rebuilding from the graph, else null. */
    public synchronized void put(PersonMention m, String personId) {
        PersonMention old = byKey.put(m.ref().key(), m);
        List<PersonMention> block = byName.computeIfAbsent(m.name(), k -> new ArrayList<>());
        if (old != null) block.removeIf(x -> x.ref().key().equals(m.ref().key()));
        block.add(m);
        for (String c : m.companies()) namesByCompany.computeIfAbsent(c, k -> new HashSet<>()).add(m.name());
        if (personId != null) personOf.put(m.ref().key(), personId);
        nextSeq = Math.max(nextSeq, m.seq() + 1);
    }

    /** A stored mention with its person (what the graph holds for each SERVES / HOLDS / … relation). */
    public record StoredMention(PersonMention mention, String personId) {
    }

    /** Every mention with its person, in arrival order. */
    public synchronized List<StoredMention> mentions() {
        List<StoredMention> out = new ArrayList<>();
        for (PersonMention m : byKey.values()) out.add(new StoredMention(m, personOf.get(m.ref().key())));
        out.sort(Comparator.comparingLong(s -> s.mention().seq()));
        return out;
    }

    public synchronized String personOf(String mentionKey) {
        return personOf.get(mentionKey);
    }

    public synchronized int mentionCount() {
        return byKey.size();
    }

    /** Names of persons sitting on any of these companies. */
    public synchronized Set<String> namesAt(Set<String> companies) {
        Set<String> out = new HashSet<>();
        for (String c : companies) out.addAll(namesByCompany.getOrDefault(c, Set.of()));
        return out;
    }

    /** Replaces a company id in every mention's context (an outside organisation was found in the registry). */
    public synchronized Set<String> renameCompany(String from, String to) {
        Set<String> names = new HashSet<>(namesByCompany.getOrDefault(from, Set.of()));
        for (String name : names) {
            List<PersonMention> block = byName.get(name);
            for (int i = 0; i < block.size(); i++) {
                PersonMention m = block.get(i);
                if (m.companies().contains(from)) {
                    Set<String> cs = new HashSet<>(m.companies());
                    cs.remove(from);
                    cs.add(to);
                    PersonMention r = m.withCompanies(cs);
                    block.set(i, r);
                    byKey.put(r.ref().key(), r);
                }
            }
        }
        namesByCompany.remove(from);
        namesByCompany.computeIfAbsent(to, k -> new HashSet<>()).addAll(names);
        return names;
    }

    /** One mention's person after re-clustering, with the pair that tied it to its person (null when alone). */
    record Assignment(PersonMention mention, String personId, String previousId, int clusterSize, Waterfall evidence) {
    }

    /** Re-clusters the named blocks; returns every mention of those blocks with its (possibly new) person. */
    synchronized Outcome recluster(Set<String> names, CompanyGraph graph, ResolutionModel.EntityModel model,
                                   JudgementStore judgements) {
        List<Assignment> out = new ArrayList<>();
        List<ReviewItem> reviews = new ArrayList<>();
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(null);
        for (String name : sorted) {
            List<PersonMention> block = new ArrayList<>(byName.getOrDefault(name, List.of()));
            if (block.isEmpty()) continue;
            block.sort(Comparator.comparingLong(PersonMention::seq));
            PersonClustering.Result r = PersonClustering.cluster(block, graph, model, judgements);
            Map<Integer, PersonMention> anchor = new LinkedHashMap<>();
            Map<Integer, Integer> size = new HashMap<>();
            for (int i = 0; i < block.size(); i++) {
                anchor.putIfAbsent(r.cluster()[i], block.get(i)); // block is in arrival order
                size.merge(r.cluster()[i], 1, Integer::sum);
            }
            for (int i = 0; i < block.size(); i++) {
                PersonMention m = block.get(i);
                String id = personId(name, anchor.get(r.cluster()[i]));
                String prev = personOf.put(m.ref().key(), id);
                out.add(new Assignment(m, id, prev, size.get(r.cluster()[i]), r.evidence()[i]));
            }
            reviews.addAll(r.reviews());
        }
        return new Outcome(out, reviews);
    }

    record Outcome(List<Assignment> assignments, List<ReviewItem> reviews) {
    }

    static String personId(String name, PersonMention anchor) {
        return "P-" + CompanyResolver.hash(name + "|" + anchor.ref().key());
    }
}
