package com.guanxi.api;

import com.guanxi.analysis.GuaranteeCircle;
import com.guanxi.analysis.GuaranteeEdge;
import com.guanxi.analysis.GuaranteeLoop;
import com.guanxi.analytics.AnalyticsService;
import com.guanxi.analytics.AnalyticsSnapshot;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Guarantee circles (担保圈) of the latest analytics run. */
@Path("/api/guarantee-circles")
@Produces(MediaType.APPLICATION_JSON)
public class GuaranteeCircleResource {

    private final AnalyticsService analytics;
    private final com.guanxi.graph.EntityRepository entities;

    GuaranteeCircleResource(AnalyticsService analytics, com.guanxi.graph.EntityRepository entities) {
        this.analytics = analytics;
        this.entities = entities;
    }

    @GET
    @Operation(summary = "Guarantee circles with at least minSize members, largest total amount first")
    public List<Map<String, Object>> circles(@QueryParam("minSize") @DefaultValue("3") int minSize,
                                             @QueryParam("limit") @DefaultValue("100") int limit) {
        if (minSize < 2) throw new IllegalArgumentException("minSize must be at least 2");
        if (limit < 1 || limit > 1000) throw new IllegalArgumentException("limit must be between 1 and 1000");
        AnalyticsSnapshot s = snapshot();
        return s.guarantees().all().circles().stream()
                .filter(c -> c.size() >= minSize)
                .sorted((a, b) -> Double.compare(b.totalAmountYuan(), a.totalAmountYuan()))
                .limit(limit)
                .map(c -> summary(c, s))
                .toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One circle: members, edges, total amount, loops and chains")
    public Map<String, Object> circle(@PathParam("id") String id) {
        AnalyticsSnapshot s = snapshot();
        GuaranteeCircle circle = s.guarantees().all().circles().stream()
                .filter(c -> AnalyticsService.circleId(c).equals(id) || c.members().contains(id))
                .findFirst().orElseThrow(() -> new NotFoundProblem("No guarantee circle " + id + " in run " + s.runId()));
        Map<String, Object> out = summary(circle, s);
        var names = entities.names(circle.members());
        out.put("members", circle.members().stream().map(m -> CompanyAnalyticsResource.named(m, names)).toList());
        Set<String> members = new HashSet<>(circle.members());
        List<Map<String, Object>> edges = new ArrayList<>();
        for (GuaranteeEdge e : s.guarantees().all().graph().edges()) {
            if (members.contains(e.guarantorId())) {
                edges.add(Map.of("from", e.guarantorId(), "to", e.borrowerId(), "amount", e.amountYuan()));
            }
        }
        out.put("edges", edges);
        List<List<String>> loops = new ArrayList<>();
        for (GuaranteeLoop loop : s.guarantees().all().loops()) {
            if (members.contains(loop.members().get(0))) loops.add(loop.members());
        }
        out.put("loops", loops);
        var chains = s.guarantees().all().chains();
        Map<String, Integer> longest = new LinkedHashMap<>();
        circle.members().forEach(m -> longest.put(m, chains.longestChain(m)));
        out.put("longestChain", longest);
        return out;
    }

    private static Map<String, Object> summary(GuaranteeCircle c, AnalyticsSnapshot s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", AnalyticsService.circleId(c));
        m.put("asOf", s.asOf().toString());
        m.put("members", c.members());
        m.put("size", c.size());
        m.put("totalAmount", c.totalAmountYuan());
        m.put("companyMembers", c.companyMembers());
        m.put("hasLoop", c.hasLoop());
        m.put("hasMutual", c.hasMutual());
        m.put("maxOutExposure", Map.of("id", c.maxOutExposure(), "amount", c.maxOutExposureYuan()));
        m.put("maxInExposure", Map.of("id", c.maxInExposure(), "amount", c.maxInExposureYuan()));
        return m;
    }

    private AnalyticsSnapshot snapshot() {
        return analytics.latest().orElseThrow(CompanyAnalyticsResource.NoAnalyticsYet::new);
    }
}
