package com.guanxi.analysis;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.shortestpath.AllDirectedPaths;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every guarantee algorithm against a brute-force reference on random contract sets (fixed seeds): active-contract
 * filtering and summing, all-pairs reachability and distances (Floyd–Warshall) for loops, shortest cycles and
 * contagion, JGraphT's connectivity inspector for circles, and enumeration of all simple paths of the
 * condensation for chains.
 */
class GuaranteeAlgorithmsPropertyTest {
    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
    private static final AnalysisParams PARAMS = AnalysisParams.defaults();

    static IntStream seeds() {
        return IntStream.range(0, 60);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void shouldAgreeWithBruteForceOnRandomGuaranteeNetworks(int seed) {
        // Given random contracts (parallel ones, self-guarantees, persons, released/expired/future ones)
        Random random = new Random(seed);
        int n = 4 + random.nextInt(seed < 40 ? 14 : 22);
        List<GuaranteeContract> contracts = randomContracts(random, n);

        // When the active graph and its structure are computed
        GuaranteeGraph g = GuaranteeProjection.of(contracts).activeGraph(AS_OF);
        GuaranteeStructure structure = GuaranteeStructure.of(g, PARAMS);
        Reference ref = new Reference(contracts, false);

        // Then everything agrees with the reference
        assertThat(edgeMap(g)).isEqualTo(ref.edges);
        assertMutualPairs(structure, ref);
        assertLoops(g, structure, ref);
        assertCircles(structure, ref);
        assertChains(structure, ref);
        assertContagion(g, ref);

        GuaranteeGraph companiesOnly = g.withoutPersonGuarantors();
        Reference companiesRef = new Reference(contracts, true);
        assertThat(edgeMap(companiesOnly)).isEqualTo(companiesRef.edges);
        GuaranteeStructure companiesStructure = GuaranteeStructure.of(companiesOnly, PARAMS);
        assertCircles(companiesStructure, companiesRef);
        assertChains(companiesStructure, companiesRef);
    }

    private static List<GuaranteeContract> randomContracts(Random random, int n) {
        int m = n + random.nextInt(2 * n);
        List<GuaranteeContract> contracts = new ArrayList<>();
        PartyKind[] kinds = new PartyKind[n];
        for (int v = 0; v < n; v++) kinds[v] = random.nextInt(6) == 0 ? PartyKind.PERSON : PartyKind.COMPANY;
        for (int i = 0; i < m; i++) {
            int u = random.nextInt(n);
            int v = random.nextInt(20) == 0 ? u : random.nextInt(n);
            if (kinds[v] == PartyKind.PERSON) v = (v + 1) % n;
            LocalDate start = random.nextInt(5) == 0 ? null : AS_OF.plusDays(random.nextInt(40) - 36);
            LocalDate end = random.nextInt(5) == 0 ? null : AS_OF.plusDays(random.nextInt(40) - 4);
            GuaranteeContract.Status status = random.nextInt(12) == 0 ? GuaranteeContract.Status.RELEASED
                    : random.nextBoolean() ? GuaranteeContract.Status.ACTIVE : null;
            contracts.add(new GuaranteeContract("C" + i, id(u), kinds[u], id(v), kinds[v],
                    1_000_000.0 * (1 + random.nextInt(9)), start, end, status));
        }
        return contracts;
    }

    private static String id(int v) {
        return String.format("N%02d", v);
    }

    private static Map<String, Double> edgeMap(GuaranteeGraph g) {
        Map<String, Double> map = new TreeMap<>();
        g.edges().forEach(e -> map.put(e.guarantorId() + ">" + e.borrowerId(), e.amountYuan()));
        return map;
    }

    private static void assertMutualPairs(GuaranteeStructure structure, Reference ref) {
        Set<String> expected = new HashSet<>();
        for (String a : ref.nodes) {
            for (String b : ref.nodes) {
                if (a.compareTo(b) < 0 && ref.edges.containsKey(a + ">" + b) && ref.edges.containsKey(b + ">" + a)) {
                    expected.add(a + "|" + b);
                }
            }
        }
        assertThat(structure.mutualPairs()).extracting(p -> p.first() + "|" + p.second())
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    private static void assertLoops(GuaranteeGraph g, GuaranteeStructure structure, Reference ref) {
        Set<Set<String>> expected = new HashSet<>();
        for (Set<String> component : ref.strongComponents()) {
            if (component.size() >= PARAMS.loopMinSize()) expected.add(component);
        }
        assertThat(structure.loops()).extracting(l -> (Set<String>) new HashSet<>(l.members()))
                .containsExactlyInAnyOrderElementsOf(expected);
        for (GuaranteeLoop loop : structure.loops()) {
            loop.evidence().forEach((member, cycle) -> {
                assertThat(cycle.get(0)).isEqualTo(member);
                assertThat(new HashSet<>(cycle)).hasSize(cycle.size());
                for (int i = 0; i < cycle.size(); i++) {
                    assertThat(ref.edges).containsKey(cycle.get(i) + ">" + cycle.get((i + 1) % cycle.size()));
                }
                assertThat(cycle).hasSize(ref.shortestCycleLength(member));
                assertThat(GuaranteeLoops.shortestCycleThrough(g, member)).hasSize(cycle.size());
            });
        }
    }

    private static void assertCircles(GuaranteeStructure structure, Reference ref) {
        Graph<String, DefaultEdge> undirected = GraphTypeBuilder.<String, DefaultEdge>undirected()
                .allowingSelfLoops(true).allowingMultipleEdges(true).edgeClass(DefaultEdge.class).buildGraph();
        ref.nodes.forEach(undirected::addVertex);
        ref.edges.keySet().forEach(e -> undirected.addEdge(e.split(">")[0], e.split(">")[1]));
        Map<Set<String>, String> expected = new HashMap<>();
        for (Set<String> component : new ConnectivityInspector<>(undirected).connectedSets()) {
            if (component.size() < PARAMS.circleMinSize()) continue;
            expected.put(component, ref.circleFigures(component));
        }
        Map<Set<String>, String> found = new HashMap<>();
        for (GuaranteeCircle c : structure.circles()) {
            found.put(new HashSet<>(c.members()), c.size() + "|" + c.totalAmountYuan() + "|" + c.edges() + "|"
                    + c.companyMembers() + "|" + c.hasLoop() + "|" + c.hasMutual() + "|" + c.maxOutExposure() + "|"
                    + c.maxOutExposureYuan() + "|" + c.maxInExposure() + "|" + c.maxInExposureYuan());
        }
        assertThat(found).isEqualTo(expected);
    }

    private static void assertChains(GuaranteeStructure structure, Reference ref) {
        Map<String, Integer> expected = ref.longestChains();
        assertThat(structure.chains().lengths()).isEqualTo(expected);
        assertThat(structure.chains().longChainMembers()).containsExactlyInAnyOrderElementsOf(
                expected.entrySet().stream().filter(e -> e.getValue() >= PARAMS.chainMinEdges())
                        .map(Map.Entry::getKey).toList());
    }

    private static void assertContagion(GuaranteeGraph g, Reference ref) {
        GuaranteeContagion contagion = new GuaranteeContagion(g);
        for (String x : ref.nodes) {
            Map<String, String> expected = new HashMap<>();
            for (String y : ref.nodes) {
                if (y.equals(x) || !ref.reaches(y, x)) continue;
                double firstOrder = ref.edges.getOrDefault(y + ">" + x, 0.0);
                double along = 0;
                for (String z : ref.nodes) {
                    if (!z.equals(y) && (z.equals(x) || ref.reaches(z, x))) along += ref.edges.getOrDefault(y + ">" + z, 0.0);
                }
                expected.put(y, ref.distance(y, x) + "|" + firstOrder + "|" + along);
            }
            Map<String, String> found = new HashMap<>();
            contagion.of(x).exposed().forEach(e -> found.put(e.guarantorId(),
                    e.hops() + "|" + e.firstOrderYuan() + "|" + e.alongPathYuan()));
            assertThat(found).as("contagion of %s", x).isEqualTo(expected);
        }
    }

    /** Brute force over the same contracts: filtering, summing, Floyd–Warshall. */
    private static final class Reference {
        final Map<String, Double> edges = new TreeMap<>();
        final List<String> nodes;
        final Map<String, PartyKind> kinds = new HashMap<>();
        private final int[][] dist;
        private static final int INF = Integer.MAX_VALUE / 4;

        Reference(List<GuaranteeContract> contracts, boolean companiesOnly) {
            Set<String> nodeSet = new java.util.TreeSet<>();
            for (GuaranteeContract c : contracts) {
                boolean active = c.status() != GuaranteeContract.Status.RELEASED
                        && (c.start() == null || !AS_OF.isBefore(c.start()))
                        && (c.end() == null || !AS_OF.isAfter(c.end()));
                if (!active || (companiesOnly && c.guarantorKind() == PartyKind.PERSON)) continue;
                edges.merge(c.guarantorId() + ">" + c.borrowerId(), c.amountYuan(), Double::sum);
                nodeSet.add(c.guarantorId());
                nodeSet.add(c.borrowerId());
                kinds.put(c.guarantorId(), c.guarantorKind());
                kinds.put(c.borrowerId(), c.borrowerKind());
            }
            nodes = new ArrayList<>(nodeSet);
            int n = nodes.size();
            dist = new int[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) dist[i][j] = INF;
            }
            edges.keySet().forEach(e -> {
                int i = nodes.indexOf(e.split(">")[0]);
                int j = nodes.indexOf(e.split(">")[1]);
                dist[i][j] = 1;
            });
            for (int k = 0; k < n; k++) {
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        if (dist[i][k] + dist[k][j] < dist[i][j]) dist[i][j] = dist[i][k] + dist[k][j];
                    }
                }
            }
        }

        /** Reachable by a path of at least one edge. */
        boolean reaches(String a, String b) {
            return dist[nodes.indexOf(a)][nodes.indexOf(b)] < INF;
        }

        int distance(String a, String b) {
            return dist[nodes.indexOf(a)][nodes.indexOf(b)];
        }

        /** Shortest closed walk through v, which is a shortest simple cycle. */
        int shortestCycleLength(String v) {
            return distance(v, v);
        }

        List<Set<String>> strongComponents() {
            List<Set<String>> components = new ArrayList<>();
            Set<String> done = new HashSet<>();
            for (String a : nodes) {
                if (done.contains(a)) continue;
                Set<String> component = new HashSet<>();
                component.add(a);
                for (String b : nodes) {
                    if (reaches(a, b) && reaches(b, a)) component.add(b);
                }
                done.addAll(component);
                components.add(component);
            }
            return components;
        }

        String circleFigures(Set<String> members) {
            double total = 0;
            int count = 0;
            boolean hasMutual = false;
            Map<String, Double> out = new TreeMap<>();
            Map<String, Double> in = new TreeMap<>();
            for (String m : members) {
                out.put(m, 0.0);
                in.put(m, 0.0);
            }
            for (Map.Entry<String, Double> e : edges.entrySet()) {
                String[] ends = e.getKey().split(">");
                if (!members.contains(ends[0])) continue;
                total += e.getValue();
                count++;
                out.merge(ends[0], e.getValue(), Double::sum);
                in.merge(ends[1], e.getValue(), Double::sum);
                hasMutual |= !ends[0].equals(ends[1]) && edges.containsKey(ends[1] + ">" + ends[0]);
            }
            boolean hasLoop = strongComponents().stream()
                    .anyMatch(c -> c.size() >= PARAMS.loopMinSize() && members.containsAll(c));
            long companies = members.stream().filter(m -> kinds.get(m) != PartyKind.PERSON).count();
            Map.Entry<String, Double> maxOut = max(out);
            Map.Entry<String, Double> maxIn = max(in);
            return members.size() + "|" + total + "|" + count + "|" + companies + "|" + hasLoop + "|" + hasMutual
                    + "|" + maxOut.getKey() + "|" + maxOut.getValue() + "|" + maxIn.getKey() + "|" + maxIn.getValue();
        }

        /** The first (smallest id) entry with the largest value of a sorted map. */
        private static Map.Entry<String, Double> max(Map<String, Double> sorted) {
            Map.Entry<String, Double> best = null;
            for (Map.Entry<String, Double> e : sorted.entrySet()) {
                if (best == null || e.getValue() > best.getValue()) best = e;
            }
            return best;
        }

        /** For every node: the most edges on a simple path of the condensation DAG through its component. */
        Map<String, Integer> longestChains() {
            List<Set<String>> components = strongComponents();
            Map<String, Integer> componentOf = new HashMap<>();
            for (int c = 0; c < components.size(); c++) {
                for (String v : components.get(c)) componentOf.put(v, c);
            }
            DefaultDirectedGraph<Integer, DefaultEdge> dag = new DefaultDirectedGraph<>(DefaultEdge.class);
            for (int c = 0; c < components.size(); c++) dag.addVertex(c);
            edges.keySet().forEach(e -> {
                int a = componentOf.get(e.split(">")[0]);
                int b = componentOf.get(e.split(">")[1]);
                if (a != b) dag.addEdge(a, b);
            });
            int[] best = new int[components.size()];
            var paths = new AllDirectedPaths<>(dag).getAllPaths(dag.vertexSet(), dag.vertexSet(), true, null);
            for (var path : paths) {
                for (int c : path.getVertexList()) best[c] = Math.max(best[c], path.getLength());
            }
            Map<String, Integer> lengths = new HashMap<>();
            componentOf.forEach((v, c) -> lengths.put(v, best[c]));
            return lengths;
        }
    }
}
