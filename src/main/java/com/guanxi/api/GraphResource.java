package com.guanxi.api;

import com.guanxi.graph.ExploreRepository;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Bounded subgraphs for the web viewer and 查关系 (contracts/api.md). */
@Path("/api/graph")
@Produces(MediaType.APPLICATION_JSON)
public class GraphResource {

    static final Set<String> TYPES = Set.of("HOLDS", "SERVES", "GUARANTEES", "PARTY_TO", "SAME_ADDRESS", "SAME_PHONE",
            "SAME_EMAIL", "CONTROLS");
    static final int MAX_DEPTH = 3;
    static final int MAX_LIMIT = 5000;
    static final int MAX_PATH_DEPTH = 6;

    private final ExploreRepository explore;

    GraphResource(ExploreRepository explore) {
        this.explore = explore;
    }

    @GET
    @Path("/neighborhood")
    @Operation(summary = "Nodes and relationships around an entity, by relation type, capped at limit relationships")
    public ExploreRepository.Subgraph neighborhood(@QueryParam("id") String id,
                                                   @QueryParam("depth") @DefaultValue("1") int depth,
                                                   @QueryParam("types") String types,
                                                   @QueryParam("limit") @DefaultValue("500") int limit,
                                                   @QueryParam("asOf") String asOf) {
        requireId(id, "id");
        if (depth < 1 || depth > MAX_DEPTH) throw new IllegalArgumentException("depth must be between 1 and " + MAX_DEPTH);
        if (limit < 1 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        return explore.neighborhood(id, depth, relationTypes(types), limit, date(asOf));
    }

    @GET
    @Path("/path")
    @Operation(summary = "查关系: the shortest paths between two entities")
    public ExploreRepository.Subgraph path(@QueryParam("from") String from, @QueryParam("to") String to,
                                           @QueryParam("maxDepth") @DefaultValue("4") int maxDepth,
                                           @QueryParam("limit") @DefaultValue("10") int limit) {
        requireId(from, "from");
        requireId(to, "to");
        if (maxDepth < 1 || maxDepth > MAX_PATH_DEPTH) {
            throw new IllegalArgumentException("maxDepth must be between 1 and " + MAX_PATH_DEPTH);
        }
        if (limit < 1 || limit > 50) throw new IllegalArgumentException("limit must be between 1 and 50");
        return explore.shortestPaths(from, to, maxDepth, limit);
    }

    static List<String> relationTypes(String types) {
        if (types == null || types.isBlank()) return List.copyOf(TYPES);
        List<String> list = Arrays.stream(types.split(",")).map(String::strip).map(String::toUpperCase).toList();
        for (String t : list) {
            if (!TYPES.contains(t)) throw new IllegalArgumentException("Unknown relation type " + t + "; known: " + TYPES);
        }
        return list;
    }

    static LocalDate date(String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("asOf must be a date as YYYY-MM-DD, got " + value);
        }
    }

    static void requireId(String value, String name) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException(name + " is required");
        if (value.length() > 128) throw new IllegalArgumentException(name + " is longer than 128 characters");
    }
}
