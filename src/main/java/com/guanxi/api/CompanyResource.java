package com.guanxi.api;

import com.guanxi.graph.CompanyRepository;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Company search and lookup (contracts/api.md "Query"). */
@Path("/api/companies")
@Produces(MediaType.APPLICATION_JSON)
public class CompanyResource {

    private static final Pattern IDENTIFIER = Pattern.compile("[0-9A-Za-z]{15,18}|(REGNO|EXT)-[0-9A-Za-z-]+");
    private static final Pattern LUCENE_SPECIAL = Pattern.compile("[+\\-&|!(){}\\[\\]^\"~*?:\\\\/]");
    static final int MAX_LIMIT = 100;

    private final CompanyRepository companies;

    CompanyResource(CompanyRepository companies) {
        this.companies = companies;
    }

    @GET
    @Operation(summary = "Ranked matches for a name, former name, fragment or USCC")
    public List<CompanyRepository.SearchHit> search(@QueryParam("q") String q,
                                                    @QueryParam("limit") @DefaultValue("10") int limit) {
        if (q == null || q.isBlank()) {
            throw new IllegalArgumentException("Give a name, a fragment of one, a former name or a USCC as q.");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        String query = com.guanxi.ingest.Normalizer.text(q);
        if (query.length() > 200) {
            throw new IllegalArgumentException("q is longer than 200 characters.");
        }
        List<CompanyRepository.SearchHit> hits = new ArrayList<>();
        if (IDENTIFIER.matcher(query).matches()) {
            hits.addAll(companies.byIdentifier(query.toUpperCase()));
        }
        String escaped = LUCENE_SPECIAL.matcher(query).replaceAll(" ").strip();
        if (!escaped.isBlank() && hits.size() < limit) {
            // Quoted: the CJK analyzer turns the phrase into adjacent bigrams, so the fragment must appear as written.
            for (var hit : companies.search("\"" + escaped + "\"", limit)) {
                if (hits.stream().noneMatch(h -> h.id().equals(hit.id()))) hits.add(hit);
            }
        }
        return hits.size() > limit ? hits.subList(0, limit) : hits;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Registry facts, former names, identifiers, source records and history of a company")
    public Map<String, Object> company(@PathParam("id") String id) {
        var props = companies.byId(id).orElseThrow(() -> new NotFoundProblem("No company with id, USCC or reg_no " + id));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", props.get("id"));
        props.forEach((k, v) -> {
            if (!k.equals("fingerprint") && !k.equals("nameNorm") && !k.equals("formerNamesText")) out.put(k, v);
        });
        out.put("sources", List.of(Map.of("batchId", String.valueOf(props.get("batchId")),
                "file", String.valueOf(props.get("sourceFile")), "line", props.getOrDefault("sourceLine", 0))));
        out.put("history", companies.history(String.valueOf(props.get("id"))));
        return out;
    }
}
