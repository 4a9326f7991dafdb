package com.guanxi.resolution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Clusters the mentions of one normalised name into persons. Pairs are scored only when their contexts touch
 * (a company within the ownership horizon, a case, a contact group, the domicile district), then joined
 * best-first while the pair reaches the match threshold; accepted judgements join first, and two clusters
 * holding a rejected pair are never joined. Pairs between the thresholds that end in different persons
 * become review items.
 * <p>
 * Pure function of (mentions, company graph, judgements, model): resolving in batches and all at once
 * give the same partition. Cost O(n·B + p log p) for n mentions, B = companies within the ownership horizon,
 * p = candidate pairs.
 */
final class PersonClustering {
    /** Result: cluster index per mention (input order), best in-cluster pair per mention, review pairs. */
    record Result(int[] cluster, Waterfall[] evidence, List<ReviewItem> reviews) {
    }

    private PersonClustering() {
    }

    static Result cluster(List<PersonMention> ms, CompanyGraph graph, ResolutionModel.EntityModel model,
                          JudgementStore judgements) {
        int n = ms.size();
        int maxHops = model.limit("max_ownership_hops", 4);
        int hub = model.limit("hub_degree", 40);
        boolean throughExternal = model.flag("through_external", false);
        int contactMax = model.limit("contact_group_max", 30);
        List<PersonComparisons.Context> ctx = new ArrayList<>(n);
        for (PersonMention m : ms) {
            Map<String, Integer> dist = m.companies().isEmpty() ? Map.of() : graph.within(m.companies(), maxHops, hub, throughExternal);
            Set<String> contacts = new HashSet<>();
            for (String c : m.companies()) contacts.addAll(graph.contactNeighbours(c, contactMax));
            ctx.add(new PersonComparisons.Context(m, dist, contacts));
        }
        // blocking inside the name block: which mentions does each one's context reach
        Map<String, List<Integer>> owned = new HashMap<>();
        for (int i = 0; i < n; i++) {
            PersonMention m = ms.get(i);
            for (String c : m.companies()) {
                owned.computeIfAbsent("c:" + c, k -> new ArrayList<>()).add(i);
                String div = graph.division(c);
                if (div != null) owned.computeIfAbsent("d:" + div, k -> new ArrayList<>()).add(i);
            }
            for (String k : m.cases()) owned.computeIfAbsent("k:" + k, x -> new ArrayList<>()).add(i);
        }
        Set<Long> pairs = new HashSet<>();
        for (int i = 0; i < n; i++) {
            PersonComparisons.Context c = ctx.get(i);
            Set<String> probes = new HashSet<>();
            for (String x : c.distances().keySet()) probes.add("c:" + x);
            for (String x : c.contactNeighbours()) probes.add("c:" + x);
            for (String k : c.mention().cases()) probes.add("k:" + k);
            if (c.mention().domicileDivision() != null) probes.add("d:" + c.mention().domicileDivision());
            for (String p : probes) {
                for (int j : owned.getOrDefault(p, List.of())) {
                    if (j != i) pairs.add(i < j ? (long) i << 32 | j : (long) j << 32 | i);
                }
            }
        }
        // domicile pairs are symmetric only through the probe of the mention with a domicile: already covered
        List<long[]> scored = new ArrayList<>();
        Map<Long, Waterfall> waterfalls = new HashMap<>();
        for (long p : pairs) {
            int i = (int) (p >>> 32), j = (int) p;
            Waterfall w = PersonComparisons.score(model, ctx.get(i), ctx.get(j), graph);
            if (w.score() >= model.thresholds().review()) {
                waterfalls.put(p, w);
                scored.add(new long[]{p, Double.doubleToLongBits(w.score())});
            }
        }
        // judgements between mentions of this block
        Map<String, Integer> byKey = new HashMap<>();
        for (int i = 0; i < n; i++) byKey.put(ms.get(i).ref().key(), i);
        List<int[]> mustLink = new ArrayList<>(), cannotLink = new ArrayList<>();
        Set<Long> judged = new HashSet<>();
        for (int i = 0; i < n; i++) {
            for (Judgement j : judgements.involving(ms.get(i).ref().key())) {
                String other = j.subjectKey().equals(ms.get(i).ref().key()) ? j.candidateKey() : j.subjectKey();
                Integer k = byKey.get(other);
                if (k == null || k == i) continue;
                judged.add(i < k ? (long) i << 32 | k : (long) k << 32 | i);
                if (j.verdict() == Judgement.Verdict.ACCEPT) mustLink.add(new int[]{i, k});
                else if (j.verdict() == Judgement.Verdict.REJECT) cannotLink.add(new int[]{i, k});
            }
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        for (int[] l : mustLink) union(parent, l[0], l[1], cannotLink);
        scored.sort(Comparator.<long[]>comparingDouble(a -> -Double.longBitsToDouble(a[1])).thenComparingLong(a -> a[0]));
        Waterfall[] evidence = new Waterfall[n];
        for (long[] s : scored) {
            double score = Double.longBitsToDouble(s[1]);
            if (score < model.thresholds().match()) break;
            int i = (int) (s[0] >>> 32), j = (int) s[0];
            if (judged.contains(s[0]) && find(parent, i) != find(parent, j) && isCannot(cannotLink, i, j)) continue;
            if (union(parent, i, j, cannotLink)) {
                Waterfall w = waterfalls.get(s[0]);
                if (evidence[i] == null) evidence[i] = w;
                if (evidence[j] == null) evidence[j] = w;
            }
        }
        // weaker pairs link two persons that point only to each other
        double unique = model.thresholds().uniqueLink();
        if (unique < model.thresholds().match()) {
            Map<Integer, Map<Integer, long[]>> partners = new HashMap<>();
            for (long[] s : scored) {
                double score = Double.longBitsToDouble(s[1]);
                if (score >= model.thresholds().match() || score < unique || judged.contains(s[0])) continue;
                int i = (int) (s[0] >>> 32), j = (int) s[0];
                int ri = find(parent, i), rj = find(parent, j);
                if (ri == rj) continue;
                partners.computeIfAbsent(ri, k -> new HashMap<>()).putIfAbsent(rj, s);
                partners.computeIfAbsent(rj, k -> new HashMap<>()).putIfAbsent(ri, s);
            }
            List<Integer> roots = new ArrayList<>(partners.keySet());
            roots.sort(null);
            for (int r : roots) {
                Map<Integer, long[]> p = partners.get(r);
                if (p.size() != 1) continue;
                int other = p.keySet().iterator().next();
                // unique from both sides: neither person points to another namesake
                if (partners.get(other).size() != 1) continue;
                long[] s = p.values().iterator().next();
                int i = (int) (s[0] >>> 32), j = (int) s[0];
                if (union(parent, i, j, cannotLink)) {
                    Waterfall w = waterfalls.get(s[0]).note("unique_link", "only_candidate",
                            "the only person of this name with such context");
                    if (evidence[i] == null) evidence[i] = w;
                    if (evidence[j] == null) evidence[j] = w;
                }
            }
        }
        int[] cluster = new int[n];
        for (int i = 0; i < n; i++) cluster[i] = find(parent, i);
        // review: best pair per pair of clusters, between the thresholds, not judged yet
        Map<Long, long[]> bestBetween = new HashMap<>();
        for (long[] s : scored) {
            int i = (int) (s[0] >>> 32), j = (int) s[0];
            double score = Double.longBitsToDouble(s[1]);
            if (cluster[i] == cluster[j] || judged.contains(s[0])) continue;
            long ck = Math.min(cluster[i], cluster[j]) * 1_000_003L + Math.max(cluster[i], cluster[j]);
            long[] prev = bestBetween.get(ck);
            if (prev == null || Double.longBitsToDouble(prev[1]) < score) bestBetween.put(ck, s);
        }
        List<ReviewItem> reviews = new ArrayList<>();
        for (long[] s : bestBetween.values()) {
            int i = (int) (s[0] >>> 32), j = (int) s[0];
            Waterfall w = waterfalls.get(s[0]);
            PersonMention a = ms.get(i), b = ms.get(j);
            reviews.add(new ReviewItem("review:person:" + a.ref().key() + "|" + b.ref().key(), EntityType.PERSON,
                    a.ref().key(), a.raw(), "PERSON_PAIR",
                    List.of(new Candidate(b.ref().key(), b.raw(), w.score(), Waterfall.probability(w.score()), w.steps()))));
        }
        reviews.sort(Comparator.comparing(ReviewItem::id));
        return new Result(cluster, evidence, reviews);
    }

    private static boolean isCannot(List<int[]> cannot, int i, int j) {
        for (int[] c : cannot) if (c[0] == i && c[1] == j || c[0] == j && c[1] == i) return true;
        return false;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /** Joins the clusters of a and b unless a rejected pair would end up in one cluster. */
    private static boolean union(int[] parent, int a, int b, List<int[]> cannot) {
        int ra = find(parent, a), rb = find(parent, b);
        if (ra == rb) return false;
        for (int[] c : cannot) {
            int x = find(parent, c[0]), y = find(parent, c[1]);
            if (x == ra && y == rb || x == rb && y == ra) return false;
        }
        // the smaller index stays root, so the result does not depend on pair order among equals
        if (ra < rb) parent[rb] = ra;
        else parent[ra] = rb;
        return true;
    }
}
