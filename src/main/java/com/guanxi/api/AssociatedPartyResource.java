package com.guanxi.api;

import com.guanxi.graph.AssociatedPartyRepository;
import com.guanxi.graph.AssociatedPartyRepository.Link;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 关联方 of a company for credit approvers: every associated party with the relations and the path that link it.
 * Depth 2 repeats the expansion from the depth-1 companies (bounded frontier and result size).
 */
@Path("/api/companies/{id}/associated")
@Produces(MediaType.APPLICATION_JSON)
public class AssociatedPartyResource {

    static final List<String> RELATIONS = List.of("controller", "same_group", "shareholder", "investee", "serves",
            "cross_serving", "guarantor", "guaranteed", "litigation", "shared_contact");
    static final int MAX_DEPTH = 2;
    static final int MAX_RESULTS = 2000;
    static final int MAX_FRONTIER = 200;

    private final AssociatedPartyRepository associated;

    AssociatedPartyResource(AssociatedPartyRepository associated) {
        this.associated = associated;
    }

    @GET
    @Operation(summary = "Associated parties (关联方) with the relations and paths that link them")
    public List<Map<String, Object>> associated(@PathParam("id") String id,
                                                @QueryParam("depth") @DefaultValue("1") int depth,
                                                @QueryParam("types") String types) {
        GraphResource.requireId(id, "id");
        if (depth < 1 || depth > MAX_DEPTH) throw new IllegalArgumentException("depth must be 1 or 2");
        List<String> relations = relations(types);
        Map<String, Map<String, Object>> parties = new LinkedHashMap<>();
        Map<String, List<String>> pathTo = new LinkedHashMap<>();
        pathTo.put(id, List.of(id));
        Set<String> frontier = new LinkedHashSet<>(List.of(id));
        for (int level = 1; level <= depth && !frontier.isEmpty(); level++) {
            List<Link> links = associated.expand(frontier, relations, MAX_RESULTS);
            Set<String> next = new LinkedHashSet<>();
            for (Link link : links) {
                if (link.partyId().equals(id)) continue;
                List<String> path = new ArrayList<>(pathTo.get(link.fromId()));
                path.addAll(link.path().subList(1, link.path().size()));
                var party = parties.computeIfAbsent(link.partyId(), k -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", link.partyId());
                    m.put("name", link.name());
                    m.put("type", link.type());
                    m.put("depth", 0);
                    m.put("relations", new ArrayList<String>());
                    m.put("path", path);
                    pathTo.put(link.partyId(), path);
                    if (!"Person".equals(link.type()) && next.size() < MAX_FRONTIER) next.add(link.partyId());
                    return m;
                });
                if ((int) party.get("depth") == 0) party.put("depth", level);
                @SuppressWarnings("unchecked")
                List<String> rels = (List<String>) party.get("relations");
                String relation = level == 1 ? link.relation() : "via:" + link.relation();
                if (!rels.contains(relation)) rels.add(relation);
                if (parties.size() >= MAX_RESULTS) break;
            }
            next.removeAll(frontier);
            frontier = next;
        }
        return new ArrayList<>(parties.values());
    }

    static List<String> relations(String types) {
        if (types == null || types.isBlank()) return RELATIONS;
        List<String> list = Arrays.stream(types.split(",")).map(String::strip).map(String::toLowerCase).toList();
        for (String t : list) {
            if (!RELATIONS.contains(t)) throw new IllegalArgumentException("Unknown relation " + t + "; known: " + RELATIONS);
        }
        return list;
    }
}
