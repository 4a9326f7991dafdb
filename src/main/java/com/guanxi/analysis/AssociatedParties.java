package com.guanxi.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Associated parties (关联方) of a company C, definitions.md "Associated parties": its ultimate and intermediate
 * controllers; the companies under the same ultimate controller; its direct shareholders and investees; the
 * persons serving in C and the other companies they serve (交叉任职); its guarantee counterparties in both
 * directions; the other parties to its cases; the companies sharing its address, phone or email. Each party comes
 * with every relation that connects it and the path of the first one.
 * <p>
 * Built once per analytics run from the run's results plus the positions (SERVES) and case parties (PARTY_TO):
 * O(n + m) time and memory over those inputs. {@link #of} for one company costs the size of its neighbourhood
 * (a whole group, a whole contact cluster). {@link #restrictedTo} answers "which of these targets are associated
 * with C" for every C in O(n + m) in total: the shared "hubs" (group, person, case, contact value) are cut down to
 * their targets once, so a large group is not walked once per member.
 */
public final class AssociatedParties {
    private static final List<String> NONE = List.of();

    private final Map<String, ControlOutcome> control;
    /** Company -> root of its group; root -> the group's companies (keyed by root id: records hash their lists). */
    private final Map<String, String> groupOf;
    private final Map<String, List<String>> companiesOfGroup;
    private final OwnershipGraph ownership;
    private final Map<String, List<String>> officersOf;
    private final Map<String, List<String>> officesOf;
    private final Map<String, List<String>> guarantorsOf;
    private final Map<String, List<String>> borrowersOf;
    private final Map<String, List<String>> casesOf;
    private final Map<String, List<String>> partiesOf;
    private final List<SharedContactCluster> clusters;
    private final Map<String, List<Integer>> clustersOf;
    /** The unrestricted hubs. */
    private final Hubs everything;

    private AssociatedParties(AssociationSources s) {
        control = s.control().outcomes();
        groupOf = new HashMap<>();
        companiesOfGroup = new HashMap<>();
        for (CorporateGroup group : s.control().groups()) {
            List<String> companies = new ArrayList<>(group.members());
            if (s.registry().contains(group.root())) companies.add(group.root());
            companies.sort(null);
            companiesOfGroup.put(group.root(), companies);
            for (String member : companies) groupOf.put(member, group.root());
        }
        ownership = s.ownership();
        officersOf = new HashMap<>();
        officesOf = new HashMap<>();
        for (Serving serving : s.servings()) {
            addOnce(officersOf, serving.companyId(), serving.personId());
            addOnce(officesOf, serving.personId(), serving.companyId());
        }
        guarantorsOf = new HashMap<>();
        borrowersOf = new HashMap<>();
        for (GuaranteeEdge e : s.guarantees().edges()) {
            if (e.guarantorId().equals(e.borrowerId())) continue;
            addOnce(guarantorsOf, e.borrowerId(), e.guarantorId());
            addOnce(borrowersOf, e.guarantorId(), e.borrowerId());
        }
        casesOf = new HashMap<>();
        partiesOf = new HashMap<>();
        for (CaseParty p : s.caseParties()) {
            addOnce(casesOf, p.entityId(), p.caseNo());
            addOnce(partiesOf, p.caseNo(), p.entityId());
        }
        clusters = s.sharedContacts().clusters();
        clustersOf = new HashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            for (String member : clusters.get(i).members()) clustersOf.computeIfAbsent(member, k -> new ArrayList<>(1)).add(i);
        }
        for (Map<String, List<String>> index : List.of(officersOf, officesOf, guarantorsOf, borrowersOf, casesOf, partiesOf)) {
            index.values().forEach(list -> list.sort(null));
        }
        everything = new Hubs(g -> companiesOfGroup.getOrDefault(g, NONE), p -> officesOf.getOrDefault(p, NONE),
                k -> partiesOf.getOrDefault(k, NONE), c -> clusters.get(c).members());
    }

    /** Indexes the sources of one run. */
    public static AssociatedParties index(AssociationSources sources) {
        return new AssociatedParties(sources);
    }

    /**
     * The associated parties of {@code companyId}, C itself excluded, in relation order then id; at most
     * {@code limit} parties (every relation of those is still listed).
     */
    public List<AssociatedParty> of(String companyId, int limit) {
        return collect(companyId, everything, id -> true, limit);
    }

    /** The case numbers an entity is party to (涉诉), sorted. */
    public List<String> casesOf(String entityId) {
        return Collections.unmodifiableList(casesOf.getOrDefault(entityId, NONE));
    }

    /** A view that only ever reports parties from {@code targets} (e.g. the defendants of loan disputes). */
    public Restricted restrictedTo(Collection<String> targets) {
        return new Restricted(Set.copyOf(targets));
    }

    /** Associated parties limited to a set of targets. */
    public final class Restricted {
        private final Set<String> targets;
        private final Hubs hubs;

        private Restricted(Set<String> targets) {
            this.targets = targets;
            Map<String, List<String>> byGroup = new HashMap<>();
            Map<String, List<String>> byPerson = new HashMap<>();
            Map<String, List<String>> byCase = new HashMap<>();
            Map<Integer, List<String>> byCluster = new HashMap<>();
            for (String t : new TreeSet<>(targets)) {
                String g = groupOf.get(t);
                if (g != null) byGroup.computeIfAbsent(g, k -> new ArrayList<>()).add(t);
                for (String person : officersOf.getOrDefault(t, NONE)) byPerson.computeIfAbsent(person, k -> new ArrayList<>()).add(t);
                for (String caseNo : casesOf.getOrDefault(t, NONE)) byCase.computeIfAbsent(caseNo, k -> new ArrayList<>()).add(t);
                for (int c : clustersOf.getOrDefault(t, List.of())) byCluster.computeIfAbsent(c, k -> new ArrayList<>()).add(t);
            }
            hubs = new Hubs(g -> byGroup.getOrDefault(g, NONE), p -> byPerson.getOrDefault(p, NONE),
                    k -> byCase.getOrDefault(k, NONE), c -> byCluster.getOrDefault(c, NONE));
        }

        /** The targets associated with {@code companyId} (never C itself), as {@link AssociatedParties#of}. */
        public List<AssociatedParty> of(String companyId, int limit) {
            return collect(companyId, hubs, targets::contains, limit);
        }
    }

    /** Member lists of the shared hubs: everything, or only the targets of a {@link Restricted} view. */
    private record Hubs(Function<String, List<String>> group, Function<String, List<String>> offices,
                        Function<String, List<String>> caseParties, Function<Integer, List<String>> cluster) {
    }


    private List<AssociatedParty> collect(String c, Hubs hubs, Predicate<String> keep, int limit) {
        if (limit < 1) throw new IllegalArgumentException("limit must be positive");
        Found found = new Found(c, keep, limit);
        List<String> myPath = controlPath(c);
        // Controllers: every holder on the control chain above C, nearest first.
        for (int i = myPath.size() - 2; i >= 0; i--) {
            found.add(myPath.get(i), Association.CONTROLLER, reversed(myPath.subList(i, myPath.size())), null);
        }
        String group = groupOf.get(c);
        if (group != null) {
            for (String m : hubs.group().apply(group)) {
                if (!found.wants(m)) continue; // a large group: no path built for members past the limit
                List<String> path = new ArrayList<>(reversed(myPath));
                List<String> theirs = controlPath(m);
                if (path.isEmpty()) path.add(c);
                path.addAll(theirs.isEmpty() ? List.of(m) : theirs.subList(1, theirs.size()));
                found.add(m, Association.SAME_GROUP, path, null);
            }
        }
        List<Holding> holders = new ArrayList<>(ownership.holdersOf(c));
        holders.sort(Comparator.comparingDouble(Holding::ratio).reversed().thenComparing(Holding::holderId));
        for (Holding h : holders) found.add(h.holderId(), Association.SHAREHOLDER, List.of(c, h.holderId()), null);
        List<Holding> investees = new ArrayList<>(ownership.holdingsOf(c));
        investees.sort(Comparator.comparingDouble(Holding::ratio).reversed().thenComparing(Holding::companyId));
        for (Holding h : investees) found.add(h.companyId(), Association.INVESTEE, List.of(c, h.companyId()), null);
        List<String> officers = officersOf.getOrDefault(c, NONE);
        for (String p : officers) found.add(p, Association.OFFICER, List.of(c, p), null);
        for (String p : officers) {
            for (String other : hubs.offices().apply(p)) {
                if (!other.equals(c)) found.add(other, Association.CROSS_OFFICE, List.of(c, p, other), null);
            }
        }
        for (String g : guarantorsOf.getOrDefault(c, NONE)) found.add(g, Association.GUARANTOR, List.of(c, g), null);
        for (String b : borrowersOf.getOrDefault(c, NONE)) found.add(b, Association.GUARANTEED, List.of(c, b), null);
        for (String caseNo : casesOf.getOrDefault(c, NONE)) {
            for (String other : hubs.caseParties().apply(caseNo)) {
                if (!other.equals(c)) found.add(other, Association.LITIGATION_COUNTERPARTY, List.of(c, other), caseNo);
            }
        }
        for (int k : clustersOf.getOrDefault(c, List.of())) {
            SharedContactCluster cluster = clusters.get(k);
            Association relation = switch (cluster.type()) {
                case ADDRESS -> Association.SHARED_ADDRESS;
                case PHONE -> Association.SHARED_PHONE;
                case EMAIL -> Association.SHARED_EMAIL;
            };
            for (String other : hubs.cluster().apply(k)) {
                if (!other.equals(c)) found.add(other, relation, List.of(c, other), cluster.value());
            }
        }
        return found.parties();
    }

    private List<String> controlPath(String company) {
        ControlOutcome outcome = control.get(company);
        return outcome == null ? NONE : outcome.controlPath();
    }

    private static List<String> reversed(List<String> path) {
        List<String> out = new ArrayList<>(path);
        Collections.reverse(out);
        return out;
    }

    private static void addOnce(Map<String, List<String>> index, String key, String value) {
        List<String> list = index.computeIfAbsent(key, k -> new ArrayList<>(2));
        if (!list.contains(value)) list.add(value);
    }

    /** Parties found so far, merged by id, in the order first found. */
    private static final class Found {
        private final String company;
        private final Predicate<String> keep;
        private final int limit;
        private final Map<String, Entry> byId = new LinkedHashMap<>();

        Found(String company, Predicate<String> keep, int limit) {
            this.company = company;
            this.keep = keep;
            this.limit = limit;
        }

        /** Whether {@link #add} would keep anything of {@code party} (it is new and there is room, or already found). */
        boolean wants(String party) {
            return !party.equals(company) && keep.test(party) && (byId.containsKey(party) || byId.size() < limit);
        }

        void add(String party, Association relation, List<String> path, String via) {
            if (party.equals(company) || !keep.test(party)) return;
            Entry e = byId.get(party);
            if (e == null) {
                if (byId.size() >= limit) return;
                e = new Entry(path, via);
                byId.put(party, e);
            }
            e.relations.add(relation);
        }

        List<AssociatedParty> parties() {
            List<AssociatedParty> out = new ArrayList<>(byId.size());
            byId.forEach((id, e) -> out.add(new AssociatedParty(id, List.copyOf(e.relations), e.path, e.via)));
            return out;
        }

        private static final class Entry {
            final EnumSet<Association> relations = EnumSet.noneOf(Association.class);
            final List<String> path;
            final String via;

            Entry(List<String> path, String via) {
                this.path = path;
                this.via = via;
            }
        }
    }
}
