package com.guanxi.api;

import com.guanxi.graph.CompanyRepository;
import com.guanxi.graph.EntityRepository;
import com.guanxi.tags.Tag;
import com.guanxi.tags.TagService;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.Set;

/** The risk tags of a company (or a person) from the latest run (contracts/api.md "Query"). */
@Path("/api/companies/{id}/tags")
@Produces(MediaType.APPLICATION_JSON)
public class CompanyTagResource {

    private final TagService tags;
    private final CompanyRepository companies;
    private final EntityRepository entities;

    CompanyTagResource(TagService tags, CompanyRepository companies, EntityRepository entities) {
        this.tags = tags;
        this.companies = companies;
        this.entities = entities;
    }

    /** One tag as the API shows it: the subject is the addressed company, the run is the latest. */
    public record TagView(String code, String severity, String nameZh, String nameEn, Object evidence, String asOf,
                          String version, String runId) {
        static TagView of(Tag t) {
            return new TagView(t.code(), t.severity().code(), t.nameZh(), t.nameEn(), t.evidence(), t.asOf().toString(),
                    t.version(), t.runId());
        }
    }

    @GET
    @Operation(summary = "Risk tags of a company (by USCC, reg_no or id) or person (by id) from the latest analytics run, "
            + "each with its evidence")
    public List<TagView> tags(@PathParam("id") String id) {
        if (tags.latestRun().isEmpty()) {
            throw new ClientErrorException("No analytics run has produced tags yet: start one with POST /api/analytics/runs.", 409);
        }
        List<Tag> found = tags.latestTagsOf(id);
        if (found.isEmpty() && entities.names(Set.of(id)).isEmpty()) {
            // Not an entity id: a USCC or reg_no of a company whose id differs, or nothing at all.
            String realId = companies.byId(id).map(c -> String.valueOf(c.get("id")))
                    .orElseThrow(() -> new NotFoundProblem("No company or person with id, USCC or reg_no " + id));
            found = tags.latestTagsOf(realId);
        }
        return found.stream().map(TagView::of).toList();
    }
}
