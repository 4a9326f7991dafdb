package com.guanxi.resolution;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The company context persons are compared in: undirected ownership links between companies (from the
 * shareholder records), shared contacts (address, phone, email) and which companies lie outside the registry.
 * Built batch by batch, or from the graph's HOLDS relations and Company properties.
 */
public final class CompanyGraph {
    private final Map<String, Set<String>> owners = new HashMap<>();
    private final Set<String> external = new HashSet<>();
    private final Map<String, Set<String>> companiesByContact = new HashMap<>();
    private final Map<String, Set<String>> contactsByCompany = new HashMap<>();
    private final Map<String, String> divisionByCompany = new HashMap<>();

    /** A copy of everything held, so a service can store it or a test can rebuild the graph from it. */
    public record Snapshot(List<List<String>> ownership, Map<String, Set<String>> contacts, Map<String, String> divisions,
                           Set<String> external) {
    }

    public synchronized Snapshot snapshot() {
        List<List<String>> edges = new java.util.ArrayList<>();
        owners.forEach((a, adj) -> adj.forEach(b -> {
            if (a.compareTo(b) < 0) edges.add(List.of(a, b));
        }));
        Map<String, Set<String>> contacts = new HashMap<>();
        contactsByCompany.forEach((c, ks) -> contacts.put(c, Set.copyOf(ks)));
        return new Snapshot(edges, contacts, Map.copyOf(divisionByCompany), Set.copyOf(external));
    }

    /** A graph holding what {@code s} holds. */
    public static CompanyGraph restore(Snapshot s) {
        CompanyGraph g = new CompanyGraph();
        for (List<String> e : s.ownership()) g.addOwnership(e.get(0), e.get(1));
        s.contacts().forEach((c, ks) -> ks.forEach(k -> {
            int colon = k.indexOf(':');
            g.addContact(c, k.substring(0, colon), k.substring(colon + 1));
        }));
        s.divisions().forEach(g::setDivision);
        s.external().forEach(g::markExternal);
        return g;
    }

    public synchronized void addOwnership(String holder, String company) {
        if (holder == null || company == null || holder.equals(company)) return;
        owners.computeIfAbsent(holder, k -> new HashSet<>()).add(company);
        owners.computeIfAbsent(company, k -> new HashSet<>()).add(holder);
    }

    public synchronized void markExternal(String id) {
        external.add(id);
    }

    /** Registers a normalised contact value (type address, phone or email) of a company. */
    public synchronized void addContact(String company, String type, String value) {
        if (value == null || value.isBlank()) return;
        String key = type + ":" + value.strip();
        companiesByContact.computeIfAbsent(key, k -> new HashSet<>()).add(company);
        contactsByCompany.computeIfAbsent(company, k -> new HashSet<>()).add(key);
    }

    public synchronized void setDivision(String company, String divisionCode) {
        if (divisionCode != null) divisionByCompany.put(company, divisionCode);
    }

    public synchronized String division(String company) {
        return divisionByCompany.get(company);
    }

    /** Replaces one company id by another everywhere (an outside organisation turned out to be registered). */
    public synchronized void rename(String from, String to) {
        Set<String> adj = owners.remove(from);
        if (adj != null) {
            for (String o : adj) {
                Set<String> s = owners.get(o);
                if (s != null) {
                    s.remove(from);
                    if (!o.equals(to)) s.add(to);
                }
                if (!o.equals(to)) owners.computeIfAbsent(to, k -> new HashSet<>()).add(o);
            }
        }
        external.remove(from);
        Set<String> cs = contactsByCompany.remove(from);
        if (cs != null) {
            for (String c : cs) {
                companiesByContact.get(c).remove(from);
                companiesByContact.get(c).add(to);
                contactsByCompany.computeIfAbsent(to, k -> new HashSet<>()).add(c);
            }
        }
    }

    /**
     * Companies within {@code maxHops} ownership links of any start company, with their distance. Hubs (more
     * than {@code hubDegree} links) and, unless {@code throughExternal}, outside organisations are reached but
     * not expanded: they do not connect the companies around them. Breadth-first, O(visited edges).
     */
    public synchronized Map<String, Integer> within(Set<String> start, int maxHops, int hubDegree, boolean throughExternal) {
        Map<String, Integer> dist = new HashMap<>();
        ArrayDeque<String> queue = new ArrayDeque<>();
        for (String s : start) {
            dist.put(s, 0);
            queue.add(s);
        }
        while (!queue.isEmpty()) {
            String x = queue.poll();
            int d = dist.get(x);
            if (d >= maxHops) continue;
            Set<String> adj = owners.getOrDefault(x, Set.of());
            if (adj.size() > hubDegree || !throughExternal && external.contains(x)) continue;
            for (String y : adj) {
                if (!dist.containsKey(y)) {
                    dist.put(y, d + 1);
                    queue.add(y);
                }
            }
        }
        return dist;
    }

    /** Companies sharing a contact with {@code company} through a contact held by at most {@code maxGroup} companies. */
    public synchronized Set<String> contactNeighbours(String company, int maxGroup) {
        Set<String> out = new HashSet<>();
        for (String c : contactsByCompany.getOrDefault(company, Set.of())) {
            Set<String> group = companiesByContact.get(c);
            if (group.size() <= maxGroup) out.addAll(group);
        }
        out.remove(company);
        return out;
    }

    /** Companies within {@code hops} links of {@code company} (for finding which persons a new link affects). */
    public synchronized Set<String> around(String company, int hops) {
        return new HashSet<>(within(Set.of(company), hops, Integer.MAX_VALUE, true).keySet());
    }
}
