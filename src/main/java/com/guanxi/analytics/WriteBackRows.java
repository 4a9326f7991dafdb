package com.guanxi.analytics;

import com.guanxi.analysis.ControlOutcome;
import com.guanxi.analysis.GuaranteeCircle;
import com.guanxi.analysis.SharedContactCluster;
import com.guanxi.graph.AnalyticsStore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * What a run writes back to the graph — per-company results with their CONTROLS, circles, SAME_* pairs — as the
 * difference from what the graph holds: a re-run over unchanged data writes nothing but its run record, and a run
 * after an import writes what the import changed. What the graph holds is known from the run written before, when
 * this process wrote it, else read from the graph. Rows are the statements' parameter maps.
 */
final class WriteBackRows {
    /** Pairwise SAME_* relationships stay readable up to this cluster size; larger clusters are linked as a star. */
    static final int PAIRWISE_CONTACT_LIMIT = 30;
    private static final List<String> CONTACT_TYPES = List.of("address", "phone", "email");

    /** The results of one company as written onto it; its CONTROLS carries controller, basis and path. */
    record CompanyResult(String id, String ultimateControllerId, String controlBasis, List<String> controlPath,
                         String groupRootId, Integer groupSize, Integer longestChain, String circleId) {
        Map<String, Object> row(boolean replaceControl) {
            Map<String, Object> row = new HashMap<>();
            row.put("id", id);
            row.put("ultimateControllerId", ultimateControllerId);
            row.put("controlBasis", controlBasis);
            row.put("controlPath", controlPath);
            row.put("groupRootId", groupRootId);
            row.put("groupSize", groupSize);
            row.put("longestChain", longestChain);
            row.put("circleId", circleId);
            row.put("replaceControl", replaceControl);
            return row;
        }

        boolean sameControl(CompanyResult other) {
            return other != null && Objects.equals(ultimateControllerId, other.ultimateControllerId)
                    && Objects.equals(controlBasis, other.controlBasis) && Objects.equals(controlPath, other.controlPath);
        }
    }

    /** A guarantee circle node with its members, as written. */
    record CircleState(String id, int size, double totalAmount, int edges, int companyMembers, boolean hasLoop,
                       boolean hasMutual, String maxOutExposure, String maxInExposure, List<String> members) {
        Map<String, Object> row() {
            Map<String, Object> row = new HashMap<>();
            row.put("id", id);
            row.put("size", size);
            row.put("totalAmount", totalAmount);
            row.put("edges", edges);
            row.put("companyMembers", companyMembers);
            row.put("hasLoop", hasLoop);
            row.put("hasMutual", hasMutual);
            row.put("maxOutExposure", maxOutExposure);
            row.put("maxInExposure", maxInExposure);
            row.put("members", members);
            return row;
        }
    }

    /** One SAME_ADDRESS / SAME_PHONE / SAME_EMAIL relationship. */
    record ContactPair(String a, String b, String value) {
        Map<String, Object> row() {
            return Map.of("a", a, "b", b, "value", value);
        }
    }

    /** What the graph holds (or will hold once a run is written). */
    record State(Map<String, CompanyResult> companies, Map<String, CircleState> circles,
                 Map<String, Set<ContactPair>> contacts) {
    }

    /** Rows to write. */
    record Changes(List<Map<String, Object>> companies, int controls, List<Map<String, Object>> circles,
                   List<String> removedCircles, Map<String, List<Map<String, Object>>> addedContacts,
                   Map<String, List<Map<String, Object>>> removedContacts) {
    }

    private WriteBackRows() {
    }

    /** What the graph holds once {@code s} is written. */
    static State of(AnalyticsSnapshot s) {
        Map<String, CircleState> circles = new HashMap<>();
        Map<String, String> circleOf = new HashMap<>();
        for (GuaranteeCircle c : s.guarantees().all().circles()) {
            String id = AnalyticsService.circleId(c);
            circles.put(id, new CircleState(id, c.size(), c.totalAmountYuan(), c.edges(), c.companyMembers(), c.hasLoop(),
                    c.hasMutual(), c.maxOutExposure(), c.maxInExposure(), c.members()));
            c.members().forEach(m -> circleOf.put(m, id));
        }
        Map<String, CompanyResult> companies = new HashMap<>(s.registry().size() * 4 / 3 + 1);
        var chains = s.guarantees().all().chains();
        for (var facts : s.registry().companies()) {
            String id = facts.id();
            ControlOutcome control = s.equity().control().outcomes().get(id);
            companies.put(id, new CompanyResult(id, control == null ? null : control.ultimateController(),
                    control == null || control.basis() == null ? null : control.basis().name().toLowerCase(Locale.ROOT),
                    control == null ? null : control.controlPath(),
                    control == null || control.group() == null ? null : control.group().rootId(),
                    control == null || control.group() == null ? null : control.group().size(),
                    chains.longestChain(id), circleOf.get(id)));
        }
        Map<String, Set<ContactPair>> contacts = new HashMap<>();
        for (SharedContactCluster cluster : s.sharedContacts().clusters()) {
            Set<ContactPair> target = contacts.computeIfAbsent(cluster.type().name().toLowerCase(Locale.ROOT),
                    k -> new HashSet<>());
            List<String> m = cluster.members();
            for (int i = 0; i < m.size(); i++) {
                for (int j = i + 1; j < m.size(); j++) {
                    if (m.size() > PAIRWISE_CONTACT_LIMIT && i > 0) break;
                    target.add(new ContactPair(m.get(i), m.get(j), cluster.value()));
                }
            }
        }
        return new State(companies, circles, contacts);
    }

    /** What the graph holds now, read from it: the three kinds of result at once, on {@code executor}. */
    static State stored(AnalyticsStore store, Executor executor) {
        Map<String, CompanyResult> companies = new HashMap<>();
        var companyRead = CompletableFuture.runAsync(() -> store.storedCompanyResults(r -> companies.put(
                (String) r.get(0), new CompanyResult((String) r.get(0), (String) r.get(1), (String) r.get(2),
                        strings(r.get(3)), (String) r.get(4), integer(r.get(5)), integer(r.get(6)), (String) r.get(7)))),
                executor);
        Map<String, Set<ContactPair>> contacts = new HashMap<>();
        var contactRead = CompletableFuture.runAsync(() -> store.storedSharedContacts(r -> contacts.computeIfAbsent(
                (String) r.get(0), k -> new HashSet<>()).add(new ContactPair((String) r.get(1), (String) r.get(2),
                (String) r.get(3)))), executor);
        Map<String, CircleState> circles = new HashMap<>();
        store.storedCircles(r -> circles.put((String) r.get(0), new CircleState((String) r.get(0), integer(r.get(1)),
                ((Number) r.get(2)).doubleValue(), integer(r.get(3)), integer(r.get(4)), Boolean.TRUE.equals(r.get(5)),
                Boolean.TRUE.equals(r.get(6)), (String) r.get(7), (String) r.get(8), strings(r.get(9)))));
        try {
            CompletableFuture.allOf(companyRead, contactRead).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            throw e;
        }
        return new State(companies, circles, contacts);
    }

    /** The rows that turn {@code before} into {@code after}. */
    static Changes diff(State before, State after) {
        List<Map<String, Object>> companies = new ArrayList<>();
        int controls = 0;
        for (CompanyResult now : after.companies().values()) {
            CompanyResult then = before.companies().get(now.id());
            if (now.equals(then)) continue;
            boolean replaceControl = !now.sameControl(then);
            if (replaceControl) controls++;
            companies.add(now.row(replaceControl));
        }
        List<Map<String, Object>> circles = new ArrayList<>();
        List<String> removedCircles = new ArrayList<>();
        after.circles().forEach((id, circle) -> {
            CircleState old = before.circles().get(id);
            if (circle.equals(old)) return;
            if (old != null) removedCircles.add(id);
            circles.add(circle.row());
        });
        before.circles().keySet().forEach(id -> {
            if (!after.circles().containsKey(id)) removedCircles.add(id);
        });
        Map<String, List<Map<String, Object>>> added = new HashMap<>();
        Map<String, List<Map<String, Object>>> removed = new HashMap<>();
        for (String type : CONTACT_TYPES) {
            Set<ContactPair> now = after.contacts().getOrDefault(type, Set.of());
            Set<ContactPair> then = before.contacts().getOrDefault(type, Set.of());
            added.put(type, now.stream().filter(p -> !then.contains(p)).map(ContactPair::row).toList());
            removed.put(type, then.stream().filter(p -> !now.contains(p)).map(ContactPair::row).toList());
        }
        return new Changes(companies, controls, circles, removedCircles, added, removed);
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static List<String> strings(Object value) {
        if (value == null) return null;
        List<String> out = new ArrayList<>();
        for (Object o : (List<?>) value) out.add((String) o);
        return out;
    }
}
