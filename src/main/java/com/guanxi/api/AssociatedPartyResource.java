package com.guanxi.api;

import com.guanxi.analysis.AssociatedParty;
import com.guanxi.analysis.Association;
import com.guanxi.graph.CompanyRepository;
import com.guanxi.graph.EntityRepository;
import com.guanxi.tags.AssociatedPartyService;
import com.guanxi.tags.Tag;
import com.guanxi.tags.TagService;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Associated parties (关联方) of a company with their risk tags, for credit approvers (contracts/api.md "Query",
 * definitions.md "Associated parties").
 */
@Path("/api/companies/{id}/associated")
@Produces(MediaType.APPLICATION_JSON)
public class AssociatedPartyResource {

    static final int MAX_LIMIT = 1000;
    static final int MAX_DEPTH = 2;

    private final AssociatedPartyService associated;
    private final TagService tags;
    private final EntityRepository entities;
    private final CompanyRepository companies;

    AssociatedPartyResource(AssociatedPartyService associated, TagService tags, EntityRepository entities,
                            CompanyRepository companies) {
        this.associated = associated;
        this.tags = tags;
        this.entities = entities;
        this.companies = companies;
    }

    /** One party: who, how connected (every relation, the path of the first), and its latest tags. */
    public record PartyView(String id, String name, String type, List<String> relations, List<String> path, String via,
                            List<TagRef> tags) {
    }

    /** A tag of an associated party, without its evidence (ask the party's own tags for that). */
    public record TagRef(String code, String severity, String nameZh) {
    }

    @GET
    @Operation(summary = "Associated parties (controllers, group companies, shareholders, investees, officers and their "
            + "other companies, guarantee and litigation counterparties, shared contacts), each with its relations, the "
            + "path that connects it and its risk tags; depth 1")
    public List<PartyView> associated(@PathParam("id") String id, @QueryParam("depth") @DefaultValue("1") int depth,
                                      @QueryParam("types") String types,
                                      @QueryParam("limit") @DefaultValue("200") int limit) {
        if (depth < 1 || depth > MAX_DEPTH) throw new IllegalArgumentException("depth must be 1 or 2 (the relations of "
                + "definitions.md \"Associated parties\" already reach controllers and group companies at any distance)");
        if (limit < 1 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        Set<Association> wanted = relations(types);
        var latest = associated.latest().orElseThrow(() -> new ClientErrorException(
                "No analytics run has been tagged yet: start one with POST /api/analytics/runs.", 409));
        // A registry company's id is known from the run; a USCC or reg_no that is not also an id asks the graph.
        String companyId = latest.registry().contains(id) ? id : companies.byId(id).map(c -> String.valueOf(c.get("id")))
                .orElseThrow(() -> new NotFoundProblem("No company with id, USCC or reg_no " + id));
        List<AssociatedParty> parties = new ArrayList<>();
        // Ask for more than the limit when filtering by type, so the filter does not starve the answer.
        for (AssociatedParty p : latest.parties().of(companyId, wanted.size() == Association.values().length ? limit : MAX_LIMIT * 10)) {
            if (p.relations().stream().anyMatch(wanted::contains)) parties.add(p);
            if (parties.size() == limit) break;
        }
        if (depth == 2) parties = withSecondLevel(latest.parties(), companyId, parties, wanted, limit);
        Set<String> ids = new LinkedHashSet<>();
        parties.forEach(p -> ids.add(p.id()));
        Map<String, EntityRepository.EntityName> names = entities.names(ids);
        Map<String, List<Tag>> partyTags = tags.latestTagsOf(ids);
        List<PartyView> out = new ArrayList<>(parties.size());
        for (AssociatedParty p : parties) {
            var name = names.get(p.id());
            out.add(new PartyView(p.id(), name == null ? null : name.name(), name == null ? null : name.type(),
                    p.relations().stream().map(Association::code).toList(), p.path(), p.via(),
                    partyTags.getOrDefault(p.id(), List.of()).stream()
                            .map(t -> new TagRef(t.code(), t.severity().code(), t.nameZh())).toList()));
        }
        return out;
    }

    /**
     * Depth 2: the associated parties of the depth-1 companies, each reached through one of them ({@code via}), its
     * path the two paths joined. Bounded by {@code limit} like depth 1.
     */
    private static List<AssociatedParty> withSecondLevel(com.guanxi.analysis.AssociatedParties index, String companyId,
                                                         List<AssociatedParty> first, Set<Association> wanted, int limit) {
        List<AssociatedParty> out = new ArrayList<>(first);
        Set<String> seen = new java.util.HashSet<>();
        seen.add(companyId);
        first.forEach(p -> seen.add(p.id()));
        for (AssociatedParty hop : first) {
            if (out.size() >= limit) break;
            for (AssociatedParty next : index.of(hop.id(), limit)) {
                if (out.size() >= limit) break;
                if (!seen.add(next.id()) || next.relations().stream().noneMatch(wanted::contains)) continue;
                List<String> path = new ArrayList<>(hop.path());
                path.addAll(next.path().subList(1, next.path().size()));
                out.add(new AssociatedParty(next.id(), next.relations(), path, hop.id()));
            }
        }
        return out;
    }

    private static Set<Association> relations(String types) {
        if (types == null || types.isBlank()) return EnumSet.allOf(Association.class);
        Set<Association> out = EnumSet.noneOf(Association.class);
        for (String t : types.split(",")) {
            try {
                out.add(Association.valueOf(t.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Unknown relation type '" + t.strip() + "'; use any of "
                        + EnumSet.allOf(Association.class).stream().map(Association::code).toList());
            }
        }
        return out;
    }
}
