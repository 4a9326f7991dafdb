package com.guanxi.api;

import com.guanxi.graph.ExploreRepository;
import com.guanxi.ingest.Normalizer;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Map;

@Path("/api/cases")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    private final ExploreRepository explore;

    CaseResource(ExploreRepository explore) {
        this.explore = explore;
    }

    @GET
    @Path("/{caseNo}")
    @Operation(summary = "Case facts and its extracted parties")
    public Map<String, Object> byCaseNo(@PathParam("caseNo") String caseNo) {
        String normalized = Normalizer.caseNumber(caseNo);
        if (normalized == null) throw new IllegalArgumentException("caseNo is required");
        return explore.caseWithParties(normalized).orElseThrow(() -> new NotFoundProblem("No case " + normalized));
    }
}
