package com.guanxi.api;

import com.guanxi.analytics.AnalyticsService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.LocalDate;
import java.util.Map;

/** Analytics runs (contracts/api.md "Analytics"). */
@Path("/api/analytics/runs")
@Produces(MediaType.APPLICATION_JSON)
public class AnalyticsResource {

    private final AnalyticsService analytics;

    AnalyticsResource(AnalyticsService analytics) {
        this.analytics = analytics;
    }

    public record RunRequest(String asOf) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Recompute every algorithm and tag as of a date (default today)")
    public Response start(RunRequest request) {
        LocalDate asOf = request == null ? null : GraphResource.date(request.asOf());
        String runId = analytics.start(asOf == null ? LocalDate.now() : asOf);
        return Response.accepted(Map.of("runId", runId)).build();
    }

    @GET
    @Path("/{runId}")
    @Operation(summary = "State, as-of date, version, per-algorithm timings and counts of a run")
    public Map<String, Object> run(@PathParam("runId") String runId) {
        return analytics.run(runId).orElseThrow(() -> new NotFoundProblem("No analytics run " + runId));
    }
}
