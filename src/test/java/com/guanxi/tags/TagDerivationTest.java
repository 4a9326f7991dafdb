package com.guanxi.tags;

import com.guanxi.analysis.PartyKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static com.guanxi.tags.TagWorld.subjects;
import static com.guanxi.tags.TagWorld.tag;
import static org.assertj.core.api.Assertions.assertThat;

/** Tag derivation on small hand-built worlds, against definitions.md "Risk tags" and brute-force references. */
class TagDerivationTest {

    private static final String LOAN = "金融借款合同纠纷";

    @Test
    void shouldTagTheContagionSetOfALoanDisputeDefendantWithThePathOfTheCall() {
        // Given A guarantees B, B guarantees X, C guarantees D; X is sued as borrower in a loan dispute
        TagWorld world = new TagWorld().companies("A", "B", "X", "C", "D")
                .guarantees("A", "B").guarantees("B", "X").guarantees("C", "D")
                .party("(2024)京01民初1号", LOAN, "EXT-BANK", "原告")
                .party("(2024)京01民初1号", LOAN, "X", "被告");

        // When
        List<Tag> tags = world.derive();

        // Then every guarantor that reaches X is exposed, X itself and the unrelated pair are not
        assertThat(subjects(tags, "CONTAGION_EXPOSED")).containsExactly("A", "B");
        Map<String, Object> evidence = tag(tags, "A", "CONTAGION_EXPOSED").evidence();
        @SuppressWarnings("unchecked")
        Map<String, Object> source = ((List<Map<String, Object>>) evidence.get("sources")).get(0);
        assertThat(source).containsEntry("source", "X").containsEntry("hops", 2L)
                .containsEntry("path", List.of("A", "B", "X"));
        assertThat(source.get("cases").toString()).contains("(2024)京01民初1号", "被告");
    }

    @Test
    void shouldIgnorePlaintiffsAndDefendantsOfOtherDisputes() {
        // Given X is the plaintiff of a loan dispute and D the defendant of a sales dispute
        TagWorld world = new TagWorld().companies("A", "X", "C", "D")
                .guarantees("A", "X").guarantees("C", "D")
                .party("(2024)京01民初2号", LOAN, "X", "原告")
                .party("(2024)京01民初3号", "买卖合同纠纷", "D", "被告");

        // When
        List<Tag> tags = world.derive();

        // Then nobody is a debtor of a loan or guarantee dispute
        assertThat(subjects(tags, "CONTAGION_EXPOSED")).isEmpty();
        assertThat(subjects(tags, "RELATED_PARTY_LITIGATION")).isEmpty();
    }

    @Test
    void shouldReadPrivateLendingAndGuaranteeDisputesAndEnforcementAsDebts() {
        // Given three debtors: a defendant in 民间借贷, a defendant in 保证合同, a party under enforcement (被执行人)
        TagWorld world = new TagWorld().companies("G1", "X1", "G2", "X2", "G3", "X3")
                .guarantees("G1", "X1").guarantees("G2", "X2").guarantees("G3", "X3")
                .party("k1", "民间借贷纠纷", "X1", "被告")
                .party("k2", "保证合同纠纷", "X2", "被告")
                .party("k3", "金融借款合同纠纷", "X3", "被执行人");

        // When / Then
        assertThat(subjects(world.derive(), "CONTAGION_EXPOSED")).containsExactly("G1", "G2", "G3");
    }

    @Test
    void shouldMatchBruteForceAncestorsOfTheDebtorsOnRandomGraphs() {
        Random random = new Random(20240630L);
        for (int round = 0; round < 40; round++) {
            // Given a random guarantee graph with persons among the guarantors and a few sued borrowers
            int n = 8 + random.nextInt(20);
            TagWorld world = new TagWorld();
            List<String> nodes = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String id = (i % 5 == 4 ? "P" : "N") + String.format("%02d", i);
                if (id.startsWith("N")) world.company(id);
                nodes.add(id);
            }
            Map<String, Set<String>> out = new HashMap<>();
            for (String a : nodes) {
                for (String b : nodes) {
                    if (!a.equals(b) && !b.startsWith("P") && random.nextDouble() < 0.1) {
                        world.guarantees(a, b);
                        out.computeIfAbsent(a, k -> new HashSet<>()).add(b);
                    }
                }
            }
            Set<String> debtors = new TreeSet<>();
            for (int k = 0; k < 3; k++) {
                String d = nodes.get(random.nextInt(n));
                debtors.add(d);
                world.party("case-" + k, LOAN, d, "被告");
            }

            // When
            List<Tag> tags = world.derive();

            // Then y is exposed exactly when it reaches a debtor other than itself along one or more guarantees
            Set<String> expected = new TreeSet<>();
            for (String y : nodes) {
                Set<String> reach = reachable(y, out);
                for (String d : debtors) if (!d.equals(y) && reach.contains(d)) expected.add(y);
            }
            assertThat(subjects(tags, "CONTAGION_EXPOSED")).as("round %d", round).isEqualTo(expected);
            // And every cited path is a chain of guarantees from the subject to its source, as short as possible
            for (Tag t : tags) {
                if (!t.code().equals("CONTAGION_EXPOSED")) continue;
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> sources = (List<Map<String, Object>>) t.evidence().get("sources");
                for (Map<String, Object> s : sources) {
                    @SuppressWarnings("unchecked")
                    List<String> path = (List<String>) s.get("path");
                    assertThat(path.get(0)).isEqualTo(t.subjectId());
                    assertThat(path.get(path.size() - 1)).isEqualTo(s.get("source"));
                    for (int i = 0; i + 1 < path.size(); i++) assertThat(out.get(path.get(i))).contains(path.get(i + 1));
                    assertThat((long) path.size() - 1).isEqualTo(s.get("hops"))
                            .isEqualTo((long) distance(t.subjectId(), (String) s.get("source"), out));
                }
            }
        }
    }

    @Test
    void shouldTagRelatedPartyLitigationThroughEveryKindOfAssociation() {
        // Given D is sued in a guarantee dispute by the registry company L, and each other company is associated
        // with D in exactly one way of definitions.md "Associated parties"
        String address = "上海市浦东新区世纪大道1号";
        TagWorld world = new TagWorld()
                .company("D", "存续", address).company("SC", "存续", address)   // SC shares D's address
                .companies("L", "SH", "INV", "GU", "GB", "XO", "GM", "SUB", "U")
                .holds("P9", PartyKind.PERSON, "D", 0.6)          // P9 controls D ...
                .holds("P9", PartyKind.PERSON, "GM", 0.6)         // ... and GM: same group
                .holds("D", PartyKind.COMPANY, "SUB", 0.6)        // D controls SUB: an intermediate controller
                .holds("D", PartyKind.COMPANY, "SH", 0.1)         // D is a shareholder of SH
                .holds("INV", PartyKind.COMPANY, "D", 0.1)        // D is an investee of INV
                .guarantees("GU", "D")                            // GU guarantees D
                .guarantees("D", "GB")                            // D guarantees GB
                .serves("P1", "XO").serves("P1", "D")             // P1 serves in XO and D
                .party("k1", "保证合同纠纷", "L", "原告")
                .party("k1", "保证合同纠纷", "D", "被告");

        // When
        List<Tag> tags = world.derive();

        // Then every associated registry company is tagged, D itself and the unrelated U are not
        assertThat(subjects(tags, "RELATED_PARTY_LITIGATION"))
                .containsExactlyInAnyOrder("L", "SH", "INV", "GU", "GB", "XO", "GM", "SUB", "SC");
        assertThat(relationsOf(tags, "L")).containsExactly("litigation_counterparty");
        assertThat(relationsOf(tags, "SH")).containsExactly("shareholder");
        assertThat(relationsOf(tags, "INV")).containsExactly("investee");
        assertThat(relationsOf(tags, "GU")).containsExactly("guaranteed");
        assertThat(relationsOf(tags, "GB")).containsExactly("guarantor");
        assertThat(relationsOf(tags, "XO")).containsExactly("cross_office");
        assertThat(relationsOf(tags, "GM")).containsExactly("same_group");
        assertThat(relationsOf(tags, "SUB")).containsExactly("controller", "same_group", "shareholder");
        assertThat(relationsOf(tags, "SC")).containsExactly("shared_address");
        // And each party comes with the path that connects it
        assertThat(partyOf(tags, "XO")).containsEntry("path", List.of("XO", "P1", "D"));
        assertThat(partyOf(tags, "GM")).containsEntry("path", List.of("GM", "P9", "D"));
        assertThat(partyOf(tags, "SUB")).containsEntry("path", List.of("SUB", "D"));
        assertThat(partyOf(tags, "L")).containsEntry("via", "k1");
    }

    @Test
    void shouldDeriveNoLitigationTagsUntilCasePartiesExist() {
        // Given a guarantee chain and no case parties at all
        TagWorld world = new TagWorld().companies("A", "B", "C", "D").guarantees("A", "B").guarantees("B", "C")
                .guarantees("C", "D");

        // When
        List<Tag> tags = world.derive();

        // Then the litigation-based tags are empty, the structural ones are there
        assertThat(subjects(tags, "CONTAGION_EXPOSED")).isEmpty();
        assertThat(subjects(tags, "RELATED_PARTY_LITIGATION")).isEmpty();
        assertThat(subjects(tags, "LONG_GUARANTEE_CHAIN")).containsExactly("A", "B", "C", "D");
    }

    @Test
    void shouldCiteTheShortestCycleThroughEachLoopMember() {
        // Given the loop A->B->C->A with a detour C->D->A
        TagWorld world = new TagWorld().companies("A", "B", "C", "D")
                .guarantees("A", "B").guarantees("B", "C").guarantees("C", "A").guarantees("C", "D").guarantees("D", "A");

        // When
        List<Tag> tags = world.derive();

        // Then every member is tagged with the members and its own shortest cycle
        assertThat(subjects(tags, "GUARANTEE_LOOP")).containsExactly("A", "B", "C", "D");
        assertThat(tag(tags, "A", "GUARANTEE_LOOP").evidence())
                .containsEntry("members", List.of("A", "B", "C", "D")).containsEntry("cycle", List.of("A", "B", "C"));
        assertThat(tag(tags, "D", "GUARANTEE_LOOP").evidence()).containsEntry("cycle", List.of("D", "A", "B", "C"));
        assertThat(tag(tags, "A", "GUARANTEE_LOOP").severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void shouldPutEveryInstanceIntoOneTagPerSubjectAndCode() {
        // Given A in two mutual pairs
        TagWorld world = new TagWorld().companies("A", "B", "C")
                .guarantees("A", "B").guarantees("B", "A").guarantees("A", "C").guarantees("C", "A");

        // When
        List<Tag> tags = world.derive();

        // Then A has one MUTUAL_GUARANTEE tag naming both counterparties, and no (subject, code) repeats
        Map<String, Object> evidence = tag(tags, "A", "MUTUAL_GUARANTEE").evidence();
        assertThat(evidence).containsEntry("pairs", 2L);
        assertThat(evidence.get("counterparties").toString()).contains("id=B", "id=C");
        assertThat(TagDiff.diff(List.of(), tags)).hasSize(tags.size());
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldCutLongEvidenceListsAndGiveTheFullSize() {
        // Given 30 companies at one address (each shares it with 29 others)
        TagWorld world = new TagWorld();
        for (int i = 0; i < 30; i++) world.company(String.format("S%02d", i), "存续", "深圳市南山区科技园1栋");

        // When
        List<Tag> tags = world.derive();

        // Then all 30 are tagged; the evidence lists 20 others and gives the cluster size
        assertThat(subjects(tags, "SHARED_CONTACT")).hasSize(30);
        @SuppressWarnings("unchecked")
        Map<String, Object> contact = ((List<Map<String, Object>>) tag(tags, "S00", "SHARED_CONTACT").evidence()
                .get("contacts")).get(0);
        assertThat(contact).containsEntry("type", "address").containsEntry("size", 30L);
        assertThat((List<Object>) contact.get("others")).hasSize(20).doesNotContain("S00");
    }

    @Test
    void shouldTagAGroupRootCompanyAndTheCompaniesNobodyControls() {
        // Given R controls A (70%) and B holds 20% of C with nobody else above 30%
        TagWorld world = new TagWorld().companies("R", "A", "C", "B")
                .holds("R", PartyKind.COMPANY, "A", 0.7)
                .holds("B", PartyKind.COMPANY, "C", 0.2)
                .holds("P1", PartyKind.PERSON, "C", 0.15);

        // When
        List<Tag> tags = world.derive();

        // Then the group {R, A} is tagged with its root; R, B and C have no ultimate controller
        assertThat(subjects(tags, "GROUP_MEMBER")).containsExactly("A", "R");
        assertThat(tag(tags, "A", "GROUP_MEMBER").evidence()).containsEntry("groupRoot", "R").containsEntry("groupSize", 2L);
        assertThat(subjects(tags, "NO_ULTIMATE_CONTROLLER")).containsExactly("B", "C", "R");
        assertThat(tag(tags, "C", "NO_ULTIMATE_CONTROLLER").evidence().get("largestHolders").toString())
                .contains("id=B, ratio=0.2", "id=P1, ratio=0.15");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> partyOf(List<Tag> tags, String subject) {
        return ((List<Map<String, Object>>) tag(tags, subject, "RELATED_PARTY_LITIGATION").evidence().get("parties")).get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<String> relationsOf(List<Tag> tags, String subject) {
        return (List<String>) partyOf(tags, subject).get("relations");
    }

    private static Set<String> reachable(String from, Map<String, Set<String>> out) {
        Set<String> seen = new HashSet<>();
        List<String> stack = new ArrayList<>(out.getOrDefault(from, Set.of()));
        while (!stack.isEmpty()) {
            String v = stack.remove(stack.size() - 1);
            if (seen.add(v)) stack.addAll(out.getOrDefault(v, Set.of()));
        }
        return seen;
    }

    /** Fewest edges from a to b, by repeated relaxation (Bellman-Ford with unit weights). */
    private static int distance(String a, String b, Map<String, Set<String>> out) {
        Map<String, Integer> dist = new HashMap<>(Map.of(a, 0));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (var e : new ArrayList<>(dist.entrySet())) {
                for (String w : out.getOrDefault(e.getKey(), Set.of())) {
                    if (!dist.containsKey(w) || dist.get(w) > e.getValue() + 1) {
                        dist.put(w, e.getValue() + 1);
                        changed = true;
                    }
                }
            }
        }
        return dist.get(b);
    }
}
