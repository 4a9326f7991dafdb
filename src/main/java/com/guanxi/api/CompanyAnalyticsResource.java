package com.guanxi.api;

import com.guanxi.analysis.BeneficialOwner;
import com.guanxi.analysis.ContagionExposure;
import com.guanxi.analysis.ControlOutcome;
import com.guanxi.analysis.GuaranteeContagion;
import com.guanxi.analysis.GuaranteeEdge;
import com.guanxi.analytics.AnalyticsService;
import com.guanxi.analytics.AnalyticsSnapshot;
import com.guanxi.graph.EntityRepository;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Control, ownership and contagion of one company, from the latest analytics run (contracts/api.md "Query"). */
@Path("/api/companies/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class CompanyAnalyticsResource {

    static final int MAX_TREE_DEPTH = 10;
    static final int TREE_PATH_LIMIT = 2000;

    private final AnalyticsService analytics;
    private final EntityRepository entities;

    CompanyAnalyticsResource(AnalyticsService analytics, EntityRepository entities) {
        this.analytics = analytics;
        this.entities = entities;
    }

    @GET
    @Path("/control")
    @Operation(summary = "Ultimate controller with the control path, beneficial owners and group")
    public Map<String, Object> control(@PathParam("id") String id) {
        AnalyticsSnapshot s = snapshot();
        requireRegistryCompany(s, id);
        ControlOutcome outcome = s.equity().control().outcomes().get(id);
        List<BeneficialOwner> owners = s.equity().beneficialOwners().getOrDefault(id, List.of());
        Set<String> ids = new HashSet<>();
        if (outcome != null) ids.addAll(outcome.controlPath());
        owners.forEach(o -> ids.add(o.personId()));
        var names = entities.names(ids);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("companyId", id);
        out.put("asOf", s.asOf().toString());
        out.put("runId", s.runId());
        if (outcome == null || outcome.ultimateController() == null) {
            out.put("ultimateController", null);
            out.put("controlPath", List.of());
            out.put("basis", null);
        } else {
            out.put("ultimateController", named(outcome.ultimateController(), names));
            out.put("controlPath", outcome.controlPath().stream().map(x -> named(x, names)).toList());
            out.put("basis", outcome.basis() == null ? null : outcome.basis().name().toLowerCase());
        }
        out.put("beneficialOwners", owners.stream().map(o -> {
            Map<String, Object> m = new LinkedHashMap<>(named(o.personId(), names));
            m.put("share", o.share());
            m.put("basis", o.basis().name().toLowerCase());
            return m;
        }).toList());
        out.put("group", outcome == null || outcome.group() == null ? null
                : Map.of("rootId", outcome.group().rootId(), "size", outcome.group().size()));
        return out;
    }

    @GET
    @Path("/ownership")
    @Operation(summary = "股权穿透: the equity tree up to controllers or down to subsidiaries, with direct and integrated ratios")
    public Map<String, Object> ownership(@PathParam("id") String id,
                                         @QueryParam("direction") @DefaultValue("up") String direction,
                                         @QueryParam("depth") @DefaultValue("5") int depth) {
        if (!direction.equals("up") && !direction.equals("down")) {
            throw new IllegalArgumentException("direction must be up or down");
        }
        if (depth < 1 || depth > MAX_TREE_DEPTH) {
            throw new IllegalArgumentException("depth must be between 1 and " + MAX_TREE_DEPTH);
        }
        AnalyticsSnapshot s = snapshot();
        requireRegistryCompany(s, id);
        boolean up = direction.equals("up");
        var edges = entities.ownershipEdges(id, up, depth, TREE_PATH_LIMIT, s.asOf());
        Map<String, List<EntityRepository.HoldingEdge>> children = new HashMap<>();
        Set<String> ids = new HashSet<>(List.of(id));
        for (var e : edges) {
            children.computeIfAbsent(up ? e.company() : e.holder(), k -> new ArrayList<>()).add(e);
            ids.add(e.holder());
            ids.add(e.company());
        }
        var names = entities.names(ids);
        ControlOutcome control = s.equity().control().outcomes().get(id);
        Set<String> onControlPath = control == null ? Set.of() : new HashSet<>(control.controlPath());
        Map<String, Object> root = node(id, names, null, 1.0, onControlPath);
        root.put("children", tree(id, id, up, children, names, s, onControlPath, new HashSet<>(Set.of(id)), depth));
        return root;
    }

    private List<Map<String, Object>> tree(String rootId, String at, boolean up,
                                           Map<String, List<EntityRepository.HoldingEdge>> children,
                                           Map<String, EntityRepository.EntityName> names, AnalyticsSnapshot s,
                                           Set<String> onControlPath, Set<String> onPath, int depthLeft) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (depthLeft == 0) return out;
        for (var e : children.getOrDefault(at, List.of())) {
            String next = up ? e.holder() : e.company();
            double integrated = up ? s.integrated().share(next, rootId) : s.integrated().share(rootId, next);
            // The analytics' ratio is the one that counts: it is derived from subscribed capital when none was delivered.
            double analysed = s.ownership().directRatio(e.holder(), e.company());
            Double direct = analysed > 0 ? Double.valueOf(analysed) : e.ratio();
            Map<String, Object> child = node(next, names, direct, integrated, onControlPath);
            if (onPath.add(next)) {
                child.put("children", tree(rootId, next, up, children, names, s, onControlPath, onPath, depthLeft - 1));
                onPath.remove(next);
            } else {
                child.put("children", List.of());
                child.put("cycle", true);
            }
            out.add(child);
        }
        return out;
    }

    private static Map<String, Object> node(String id, Map<String, EntityRepository.EntityName> names, Double direct,
                                            double integrated, Set<String> onControlPath) {
        Map<String, Object> m = new LinkedHashMap<>(named(id, names));
        m.put("direct", direct);
        m.put("integrated", integrated);
        m.put("onControlPath", onControlPath.contains(id));
        return m;
    }

    @GET
    @Path("/contagion")
    @Operation(summary = "If this company defaults: every guarantor the call reaches, with first-order and along-path exposure")
    public Map<String, Object> contagion(@PathParam("id") String id) {
        AnalyticsSnapshot s = snapshot();
        var g = s.guarantees().all().graph();
        if (!g.contains(id)) {
            return Map.of("companyId", id, "asOf", s.asOf().toString(), "members", List.of());
        }
        var set = new GuaranteeContagion(g).of(id);
        Map<String, List<String>> guarantorsOf = new HashMap<>();
        for (GuaranteeEdge e : g.edges()) guarantorsOf.computeIfAbsent(e.borrowerId(), k -> new ArrayList<>()).add(e.guarantorId());
        Map<String, String> calledBy = new HashMap<>();
        ArrayDeque<String> queue = new ArrayDeque<>(List.of(id));
        calledBy.put(id, null);
        while (!queue.isEmpty()) {
            String at = queue.poll();
            for (String guarantor : guarantorsOf.getOrDefault(at, List.of())) {
                if (!calledBy.containsKey(guarantor)) {
                    calledBy.put(guarantor, at);
                    queue.add(guarantor);
                }
            }
        }
        Set<String> ids = new HashSet<>(List.of(id));
        set.exposed().forEach(x -> ids.add(x.guarantorId()));
        var names = entities.names(ids);
        List<Map<String, Object>> members = new ArrayList<>();
        for (ContagionExposure x : set.exposed()) {
            List<String> path = new ArrayList<>();
            for (String at = x.guarantorId(); at != null; at = calledBy.get(at)) path.add(at);
            Map<String, Object> m = new LinkedHashMap<>(named(x.guarantorId(), names));
            m.put("hops", x.hops());
            m.put("exposureFirstOrder", x.firstOrderYuan());
            m.put("exposurePath", x.alongPathYuan());
            m.put("path", path);
            members.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("companyId", id);
        out.put("asOf", s.asOf().toString());
        out.put("members", members);
        return out;
    }

    private AnalyticsSnapshot snapshot() {
        return analytics.latest().orElseThrow(() -> new NoAnalyticsYet());
    }

    private static void requireRegistryCompany(AnalyticsSnapshot s, String id) {
        if (!s.registry().contains(id)) {
            throw new NotFoundProblem("No registry company " + id + " in analytics run " + s.runId());
        }
    }

    static Map<String, Object> named(String id, Map<String, EntityRepository.EntityName> names) {
        var n = names.get(id);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("name", n == null ? null : n.name());
        m.put("type", n == null ? null : n.type());
        return m;
    }

    /** 409: the question needs an analytics run and none has finished yet. */
    static final class NoAnalyticsYet extends jakarta.ws.rs.ClientErrorException {
        NoAnalyticsYet() {
            super("No analytics run has finished yet: start one with POST /api/analytics/runs.", 409);
        }
    }
}
