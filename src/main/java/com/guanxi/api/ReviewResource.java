package com.guanxi.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.guanxi.ingest.ImportService;
import com.guanxi.resolution.Judgement;
import com.guanxi.resolution.ResolutionEngine;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The review queue of entity resolution: matches between the thresholds, listed for a person to judge. Judgements
 * (accept / reject / unsure, who, when) are kept and reused by every later import.
 */
@Path("/api/review")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

    private final ImportService imports;
    private final ResolutionEngine resolution;
    private final ObjectMapper json;

    ReviewResource(ImportService imports, ResolutionEngine resolution, ObjectMapper json) {
        this.imports = imports;
        this.resolution = resolution;
        this.json = json;
    }

    public record JudgementRequest(String candidateId, String verdict, String note) {
    }

    @GET
    @Operation(summary = "Open review items (no judgement yet), newest batch first")
    public List<Map<String, Object>> open(@QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > 1000) throw new IllegalArgumentException("limit must be between 1 and 1000");
        List<Map<String, Object>> out = new ArrayList<>();
        for (var item : items()) {
            if (out.size() >= limit) break;
            String subject = item.get("subjectKey").asText();
            if (resolution.judgements().involving(subject).isEmpty()) {
                Map<String, Object> m = json.convertValue(item, Map.class);
                out.add(m);
            }
        }
        return out;
    }

    @POST
    @Path("/{itemId}/judgements")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Judge one candidate of a review item: accept, reject or unsure")
    public Map<String, Object> judge(@PathParam("itemId") String itemId, JudgementRequest request,
                                     @Context SecurityContext security) {
        if (request == null || request.candidateId() == null || request.verdict() == null) {
            throw new IllegalArgumentException("Give candidateId and verdict (accept, reject or unsure).");
        }
        Judgement.Verdict verdict;
        try {
            verdict = Judgement.Verdict.valueOf(request.verdict().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("verdict must be accept, reject or unsure, not " + request.verdict());
        }
        JsonNode item = items().stream().filter(i -> i.get("id").asText().equals(itemId)).findFirst()
                .orElseThrow(() -> new NotFoundProblem("No review item " + itemId));
        boolean known = false;
        for (JsonNode c : item.get("candidates")) known |= request.candidateId().equals(c.path("entityId").asText());
        if (!known) throw new IllegalArgumentException("Candidate " + request.candidateId() + " is not one of this item's candidates.");
        String who = security.getUserPrincipal() == null ? "anonymous" : security.getUserPrincipal().getName();
        var judgement = new Judgement(item.get("subjectKey").asText(), request.candidateId(), verdict, who,
                Instant.now(), request.note());
        resolution.judgements().record(judgement);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("itemId", itemId);
        out.put("subjectKey", judgement.subjectKey());
        out.put("candidateId", judgement.candidateKey());
        out.put("verdict", verdict.name().toLowerCase(Locale.ROOT));
        out.put("who", who);
        out.put("when", judgement.when().toString());
        return out;
    }

    private List<JsonNode> items() {
        List<JsonNode> out = new ArrayList<>();
        for (var folder : imports.batchFolders()) {
            var file = folder.resolve("review.jsonl");
            if (!Files.isRegularFile(file)) continue;
            try {
                for (String line : Files.readAllLines(file)) {
                    if (!line.isBlank()) out.add(json.readTree(line));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
