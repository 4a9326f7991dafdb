package com.guanxi.tags;

import com.guanxi.analysis.AbnormalStatusCompany;
import com.guanxi.analysis.AssociatedParties;
import com.guanxi.analysis.AssociatedParty;
import com.guanxi.analysis.Association;
import com.guanxi.analysis.AssociationSources;
import com.guanxi.analysis.CaseParty;
import com.guanxi.analysis.CompanyFacts;
import com.guanxi.analysis.ContagionExposure;
import com.guanxi.analysis.ControlOutcome;
import com.guanxi.analysis.CorporateGroup;
import com.guanxi.analysis.GuaranteeChains;
import com.guanxi.analysis.GuaranteeCircle;
import com.guanxi.analysis.GuaranteeContagion;
import com.guanxi.analysis.GuaranteeEdge;
import com.guanxi.analysis.GuaranteeGraph;
import com.guanxi.analysis.GuaranteeLoop;
import com.guanxi.analysis.GuaranteeLoops;
import com.guanxi.analysis.Holding;
import com.guanxi.analysis.MutualGuarantee;
import com.guanxi.analysis.OverGuaranteedCompany;
import com.guanxi.analysis.SharedContactCluster;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Derives every risk tag of the catalogue (definitions.md "Risk tags" and "Fine points") from one analytics run:
 * one tag per (subject, code), its evidence holding every instance (all counterparties, all circles…) with ids and a
 * path or member list. Pure: no database, no framework.
 * <ul>
 *   <li>Guarantee-network tags (MUTUAL_GUARANTEE, GUARANTEE_LOOP, GUARANTEE_CIRCLE, LONG_GUARANTEE_CHAIN) read G
 *       with person guarantors, so persons can be tagged too; OVER_GUARANTEE and ABNORMAL_STATUS are companies.</li>
 *   <li>Equity tags (GROUP_MEMBER, NO_ULTIMATE_CONTROLLER, CROSS_HOLDING) and SHARED_CONTACT are registry
 *       companies; a group's registry-company root is a member of its group.</li>
 *   <li>CONTAGION_EXPOSED: the debtors are the defendants ({@link TagParams#debtorRoles()}) of loan or guarantee
 *       disputes ({@link TagParams#loanDisputeMarkers()}); every party reaching a debtor in G (its contagion set,
 *       the debtor itself excluded unless it reaches another debtor) is tagged, with the path the call takes and
 *       the exposure.</li>
 *   <li>RELATED_PARTY_LITIGATION: a registry company one of whose associated parties (definitions.md
 *       "Associated parties", {@link AssociatedParties}) is such a debtor, the company itself excluded.</li>
 * </ul>
 * Cost: O(n + m) for the structural tags over G, the ownership graph and the registry; plus one backward
 * breadth-first search per debtor in G (proportional to its ancestors); plus O(n + m) for associated parties.
 * Evidence lists are cut at {@link TagParams#evidenceListLimit()} entries, the full count given beside them.
 */
public final class TagDerivation {
    static final String MUTUAL_GUARANTEE = "MUTUAL_GUARANTEE";
    static final String GUARANTEE_LOOP = "GUARANTEE_LOOP";
    static final String GUARANTEE_CIRCLE = "GUARANTEE_CIRCLE";
    static final String LONG_GUARANTEE_CHAIN = "LONG_GUARANTEE_CHAIN";
    static final String OVER_GUARANTEE = "OVER_GUARANTEE";
    static final String CONTAGION_EXPOSED = "CONTAGION_EXPOSED";
    static final String GROUP_MEMBER = "GROUP_MEMBER";
    static final String NO_ULTIMATE_CONTROLLER = "NO_ULTIMATE_CONTROLLER";
    static final String CROSS_HOLDING = "CROSS_HOLDING";
    static final String RELATED_PARTY_LITIGATION = "RELATED_PARTY_LITIGATION";
    static final String SHARED_CONTACT = "SHARED_CONTACT";
    static final String ABNORMAL_STATUS = "ABNORMAL_STATUS";
    /** Loops larger than this get no cycle in their evidence: a search per member would be quadratic. */
    static final int LOOP_CYCLE_MAX_MEMBERS = 20_000;
    private static final int LARGEST_HOLDERS = 5;

    private final TagSources in;
    private final List<CaseParty> litigation;
    private final TagParams params;
    private final GuaranteeGraph g;
    private final Map<String, List<GuaranteeEdge>> outEdges = new HashMap<>();
    private final Map<String, List<GuaranteeEdge>> inEdges = new HashMap<>();
    /** subject -> code -> evidence, both sorted, so the output order is stable. */
    private final Map<String, Map<String, Map<String, Object>>> found = new TreeMap<>();

    private TagDerivation(TagSources in, List<CaseParty> litigation, TagParams params) {
        this.in = in;
        this.litigation = List.copyOf(litigation);
        this.params = params;
        this.g = in.guarantees().all().graph();
        for (GuaranteeEdge e : g.edges()) {
            outEdges.computeIfAbsent(e.guarantorId(), k -> new ArrayList<>()).add(e);
            inEdges.computeIfAbsent(e.borrowerId(), k -> new ArrayList<>()).add(e);
        }
    }

    /**
     * Every tag of the run, sorted by subject then code.
     *
     * @param sources    the run's results
     * @param litigation every party to every case known (empty until judgments are linked to parties: then the
     *                   litigation-based tags are simply empty)
     * @param params     catalogue, version and the litigation reading
     */
    public static List<Tag> derive(TagSources sources, List<CaseParty> litigation, TagParams params) {
        TagDerivation d = new TagDerivation(sources, litigation, params);
        d.mutualGuarantees();
        d.loops();
        d.circles();
        d.longChains();
        d.overGuarantee();
        Map<String, List<Map<String, Object>>> debtors = d.debtors();
        d.contagion(debtors);
        d.groups();
        d.noUltimateController();
        d.crossHoldings();
        d.relatedPartyLitigation(debtors);
        d.sharedContacts();
        d.abnormalStatus();
        return d.tags();
    }

    private void mutualGuarantees() {
        Map<String, List<Map<String, Object>>> counterparties = new TreeMap<>();
        for (MutualGuarantee pair : in.guarantees().all().mutualPairs()) {
            counterparties.computeIfAbsent(pair.first(), k -> new ArrayList<>())
                    .add(counterparty(pair.first(), pair.second(), pair.firstToSecondYuan(), pair.secondToFirstYuan()));
            counterparties.computeIfAbsent(pair.second(), k -> new ArrayList<>())
                    .add(counterparty(pair.second(), pair.first(), pair.secondToFirstYuan(), pair.firstToSecondYuan()));
        }
        counterparties.forEach((subject, list) -> put(subject, MUTUAL_GUARANTEE, ordered(
                "counterparties", capped(list), "pairs", list.size())));
    }

    private Map<String, Object> counterparty(String subject, String other, double given, double received) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", other);
        m.put("givenYuan", given);
        m.put("receivedYuan", received);
        List<String> contracts = new ArrayList<>(contractsBetween(subject, other));
        contracts.addAll(contractsBetween(other, subject));
        m.put("contracts", contracts);
        return m;
    }

    private void loops() {
        for (GuaranteeLoop loop : in.guarantees().all().loops()) {
            for (String member : loop.members()) {
                List<String> cycle = loop.evidence().get(member);
                if (cycle == null && loop.size() <= LOOP_CYCLE_MAX_MEMBERS) cycle = GuaranteeLoops.shortestCycleThrough(g, member);
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("loopSize", loop.size());
                e.put("members", capped(loop.members()));
                e.put("cycle", cycle);
                e.put("cycleLength", cycle == null ? null : cycle.size());
                put(member, GUARANTEE_LOOP, e);
            }
        }
    }

    private void circles() {
        for (GuaranteeCircle c : in.guarantees().all().circles()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("circleId", c.id());
            e.put("size", c.size());
            e.put("totalAmountYuan", c.totalAmountYuan());
            e.put("edges", c.edges());
            e.put("companyMembers", c.companyMembers());
            e.put("hasLoop", c.hasLoop());
            e.put("hasMutual", c.hasMutual());
            e.put("maxOutExposure", c.maxOutExposure());
            e.put("maxOutExposureYuan", c.maxOutExposureYuan());
            e.put("maxInExposure", c.maxInExposure());
            e.put("maxInExposureYuan", c.maxInExposureYuan());
            for (String member : c.members()) put(member, GUARANTEE_CIRCLE, e);
        }
    }

    private void longChains() {
        GuaranteeChains chains = in.guarantees().all().chains();
        for (String id : chains.longChainMembers()) {
            List<Map<String, Object>> chain = new ArrayList<>();
            for (GuaranteeEdge edge : chains.chainThrough(id)) chain.add(edge(edge));
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("longestChain", chains.longestChain(id));
            e.put("minEdges", chains.minEdges());
            e.put("chain", chain);
            put(id, LONG_GUARANTEE_CHAIN, e);
        }
    }

    private void overGuarantee() {
        for (OverGuaranteedCompany c : in.guarantees().overGuarantee().overGuaranteed()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("totalGuaranteedYuan", c.totalActiveYuan());
            e.put("registeredCapitalYuan", c.registeredCapitalYuan());
            e.put("ratio", c.ratio());
            List<String> contracts = new ArrayList<>();
            for (GuaranteeEdge edge : outEdges.getOrDefault(c.id(), List.of())) contracts.addAll(edge.contractIds());
            contracts.sort(null);
            e.put("contracts", capped(contracts));
            e.put("contractCount", contracts.size());
            put(c.id(), OVER_GUARANTEE, e);
        }
    }

    /** Debtor id -> the loan/guarantee cases it is defendant in, sorted by case number. */
    private Map<String, List<Map<String, Object>>> debtors() {
        Map<String, List<Map<String, Object>>> debtors = new TreeMap<>();
        for (CaseParty p : litigation) {
            if (!params.isLoanDisputeDebtor(p)) continue;
            List<Map<String, Object>> cases = debtors.computeIfAbsent(p.entityId(), k -> new ArrayList<>());
            Map<String, Object> ref = new LinkedHashMap<>();
            ref.put("caseNo", p.caseNo());
            ref.put("cause", p.cause());
            ref.put("role", p.role());
            if (!cases.contains(ref)) cases.add(ref);
        }
        debtors.values().forEach(list -> list.sort(Comparator.comparing(m -> String.valueOf(m.get("caseNo")))));
        return debtors;
    }

    private void contagion(Map<String, List<Map<String, Object>>> debtors) {
        GuaranteeContagion contagion = new GuaranteeContagion(g);
        Map<String, List<Map<String, Object>>> sources = new TreeMap<>();
        for (var debtor : debtors.entrySet()) {
            String x = debtor.getKey();
            if (!g.contains(x)) continue;
            Map<String, String> towards = callPaths(x);
            for (ContagionExposure exposure : contagion.of(x).exposed()) {
                String y = exposure.guarantorId();
                List<String> path = new ArrayList<>();
                for (String at = y; at != null; at = towards.get(at)) path.add(at);
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("source", x);
                e.put("hops", exposure.hops());
                e.put("path", path);
                e.put("exposureFirstOrderYuan", exposure.firstOrderYuan());
                e.put("exposurePathYuan", exposure.alongPathYuan());
                e.put("cases", debtor.getValue());
                sources.computeIfAbsent(y, k -> new ArrayList<>()).add(e);
            }
        }
        sources.forEach((subject, list) -> {
            list.sort(Comparator.comparingInt((Map<String, Object> m) -> (Integer) m.get("hops"))
                    .thenComparing(m -> (String) m.get("source")));
            put(subject, CONTAGION_EXPOSED, ordered("sources", capped(list), "sourceCount", list.size()));
        });
    }

    /**
     * Breadth-first search backwards from x over G: for each ancestor, the next party on one shortest path of the
     * call towards x (null for x). Guarantors are visited in id order so the path is stable.
     */
    private Map<String, String> callPaths(String x) {
        Map<String, String> next = new HashMap<>();
        next.put(x, null);
        ArrayDeque<String> queue = new ArrayDeque<>(List.of(x));
        while (!queue.isEmpty()) {
            String at = queue.poll();
            List<GuaranteeEdge> guarantors = new ArrayList<>(inEdges.getOrDefault(at, List.of()));
            guarantors.sort(Comparator.comparing(GuaranteeEdge::guarantorId));
            for (GuaranteeEdge e : guarantors) {
                if (!next.containsKey(e.guarantorId())) {
                    next.put(e.guarantorId(), at);
                    queue.add(e.guarantorId());
                }
            }
        }
        return next;
    }

    private void groups() {
        for (CorporateGroup group : in.equity().control().groups()) {
            if (group.size() < 2) continue;
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("groupRoot", group.root());
            e.put("rootType", group.rootType().name().toLowerCase(java.util.Locale.ROOT));
            e.put("groupSize", group.size());
            for (String member : group.members()) put(member, GROUP_MEMBER, e);
            if (in.registry().contains(group.root())) put(group.root(), GROUP_MEMBER, e);
        }
    }

    private void noUltimateController() {
        for (CompanyFacts company : in.registry().companies()) {
            ControlOutcome outcome = in.equity().control().outcomes().get(company.id());
            if (outcome != null && outcome.ultimateController() != null) continue;
            List<Holding> holders = new ArrayList<>(in.ownership().holdersOf(company.id()));
            holders.sort(Comparator.comparingDouble(Holding::ratio).reversed().thenComparing(Holding::holderId));
            List<Map<String, Object>> largest = new ArrayList<>();
            for (Holding h : holders.subList(0, Math.min(LARGEST_HOLDERS, holders.size()))) {
                largest.add(ordered("id", h.holderId(), "ratio", h.ratio()));
            }
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("holders", holders.size());
            e.put("largestHolders", largest);
            put(company.id(), NO_ULTIMATE_CONTROLLER, e);
        }
    }

    private void crossHoldings() {
        for (List<String> cycle : in.equity().crossHoldings().cycles()) {
            Map<String, Object> e = ordered("cycle", capped(cycle), "size", cycle.size());
            for (String member : cycle) {
                if (in.registry().contains(member)) put(member, CROSS_HOLDING, e);
            }
        }
    }

    private void relatedPartyLitigation(Map<String, List<Map<String, Object>>> debtors) {
        if (debtors.isEmpty()) return;
        AssociatedParties parties = AssociatedParties.index(new AssociationSources(in.registry(), in.ownership(),
                in.equity().control(), g, in.sharedContacts(), in.servings(), litigation));
        AssociatedParties.Restricted sued = parties.restrictedTo(debtors.keySet());
        for (CompanyFacts company : in.registry().companies()) {
            List<AssociatedParty> found = sued.of(company.id(), params.evidenceListLimit());
            if (found.isEmpty()) continue;
            List<Map<String, Object>> list = new ArrayList<>();
            for (AssociatedParty p : found) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", p.id());
                m.put("relations", p.relations().stream().map(Association::code).toList());
                m.put("path", p.path());
                if (p.via() != null) m.put("via", p.via());
                m.put("cases", debtors.get(p.id()));
                list.add(m);
            }
            put(company.id(), RELATED_PARTY_LITIGATION, ordered("parties", list));
        }
    }

    private void sharedContacts() {
        Map<String, List<Map<String, Object>>> byMember = new TreeMap<>();
        for (SharedContactCluster cluster : in.sharedContacts().clusters()) {
            if (!cluster.tagged()) continue;
            for (String member : cluster.members()) {
                List<String> others = new ArrayList<>(cluster.members());
                others.remove(member);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("type", cluster.type().name().toLowerCase(java.util.Locale.ROOT));
                m.put("value", cluster.value());
                m.put("size", cluster.size());
                m.put("others", capped(others));
                byMember.computeIfAbsent(member, k -> new ArrayList<>()).add(m);
            }
        }
        byMember.forEach((member, contacts) -> put(member, SHARED_CONTACT, ordered("contacts", contacts)));
    }

    private void abnormalStatus() {
        for (AbnormalStatusCompany c : in.guarantees().abnormalStatus()) {
            List<String> contracts = new ArrayList<>();
            for (GuaranteeEdge e : outEdges.getOrDefault(c.id(), List.of())) contracts.addAll(e.contractIds());
            for (GuaranteeEdge e : inEdges.getOrDefault(c.id(), List.of())) contracts.addAll(e.contractIds());
            contracts.sort(null);
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("status", c.status());
            e.put("asGuarantor", c.asGuarantor());
            e.put("asBorrower", c.asBorrower());
            e.put("contracts", capped(contracts));
            e.put("contractCount", contracts.size());
            put(c.id(), ABNORMAL_STATUS, e);
        }
    }

    private List<String> contractsBetween(String guarantor, String borrower) {
        for (GuaranteeEdge e : outEdges.getOrDefault(guarantor, List.of())) {
            if (e.borrowerId().equals(borrower)) return e.contractIds();
        }
        return List.of();
    }

    private static Map<String, Object> edge(GuaranteeEdge e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("guarantor", e.guarantorId());
        m.put("borrower", e.borrowerId());
        m.put("amountYuan", e.amountYuan());
        m.put("contracts", e.contractIds());
        return m;
    }

    /** A map of the given keys and values, in that order (evidence reads the same in every JSON rendering). */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return m;
    }

    private <T> List<T> capped(List<T> list) {
        return list.size() <= params.evidenceListLimit() ? list : list.subList(0, params.evidenceListLimit());
    }

    private void put(String subject, String code, Map<String, Object> evidence) {
        Map<String, Map<String, Object>> codes = found.computeIfAbsent(subject, k -> new TreeMap<>());
        if (codes.putIfAbsent(code, evidence) != null) {
            throw new IllegalStateException(code + " derived twice for " + subject);
        }
    }

    private List<Tag> tags() {
        List<String> order = new ArrayList<>(params.catalogue().codes());
        List<Tag> tags = new ArrayList<>();
        found.forEach((subject, codes) -> {
            List<String> present = new ArrayList<>(codes.keySet());
            present.sort(Comparator.comparingInt(order::indexOf));
            for (String code : present) {
                tags.add(params.catalogue().tag(code, subject, codes.get(code), in.asOf(), params.version(), in.runId()));
            }
        });
        return List.copyOf(tags);
    }
}
