package com.guanxi.api;

import com.guanxi.graph.GraphStats;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/stats")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    private final GraphStats stats;

    StatsResource(GraphStats stats) {
        this.stats = stats;
    }

    @GET
    @Operation(summary = "Node counts by label and relationship counts by type")
    public GraphStats.Counts stats() {
        return stats.counts();
    }
}
