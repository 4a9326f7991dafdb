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
 * A new person's id is {@code P-} + 12 hex digits of SHA-256(name | key of the person's earliest mention); a person
 * keeps the id it has while it only gains mentions; when two persons merge, the one with the earlier mention keeps
 * its id.
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
            Map<Integer, String> idOfCluster = keptIds(block, r.cluster());
            // ids any mention of the name holds: a new person's id must be none of them (rows of different
            // batches share file:line keys, so the anchor alone can collide with a stored person's id)
            Set<String> taken = new HashSet<>(idOfCluster.values());
            for (PersonMention m : block) {
                String had = personOf.get(m.ref().key());
                if (had != null) taken.add(had);
            }
            for (var e : anchor.entrySet()) {
                if (idOfCluster.containsKey(e.getKey())) continue;
                String id = personId(name, e.getValue());
                for (int n = 1; taken.contains(id); n++) id = personId(name + "#" + n, e.getValue());
                taken.add(id);
                idOfCluster.put(e.getKey(), id);
            }
            for (int i = 0; i < block.size(); i++) {
                PersonMention m = block.get(i);
                String id = idOfCluster.get(r.cluster()[i]);
                String prev = personOf.put(m.ref().key(), id);
                out.add(new Assignment(m, id, prev, size.get(r.cluster()[i]), r.evidence()[i]));
            }
            reviews.addAll(r.reviews());
        }
        return new Outcome(out, reviews);
    }

    record Outcome(List<Assignment> assignments, List<ReviewItem> reviews) {
    }

    /**
     * The id each cluster keeps: the id its earliest mention already had (read back from the graph, or given by an
     * earlier batch), unless an earlier cluster of the block claimed it. A person that only gains mentions keeps its
     * id whatever the keys of its mentions; of two persons that merge, the one seen first keeps its id; a cluster of
     * new mentions only gets none here (its id derives from its anchor).
     */
    private Map<Integer, String> keptIds(List<PersonMention> block, int[] cluster) {
        Map<Integer, String> kept = new HashMap<>();
        Set<String> claimed = new HashSet<>();
        for (int i = 0; i < block.size(); i++) { // arrival order
            if (kept.containsKey(cluster[i])) continue;
            String had = personOf.get(block.get(i).ref().key());
            if (had != null && claimed.add(had)) kept.put(cluster[i], had);
        }
        return kept;
    }

    static String personId(String name, PersonMention anchor) {
        return "P-" + CompanyResolver.hash(name + "|" + anchor.ref().key());
    }
}
