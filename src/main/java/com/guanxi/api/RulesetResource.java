package com.guanxi.api;

import com.guanxi.decision.CompiledRuleset;
import com.guanxi.decision.RulesetRegistry;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Comparator;
import java.util.List;

/** The rulesets the decision layer has loaded. */
@Path("/api/rulesets")
@Produces(MediaType.APPLICATION_JSON)
public class RulesetResource {

    private final RulesetRegistry registry;

    RulesetResource(RulesetRegistry registry) {
        this.registry = registry;
    }

    /** A loaded ruleset version: its role (champion, challenger, or kept for replay) and size. */
    public record RulesetView(String id, String version, String role, String description, String digest, int rules,
                              int conditions) {
    }

    @GET
    @Operation(summary = "Every loaded ruleset version with its role: champion (decides), challenger (logged beside), "
            + "or loaded (kept so older decisions can be replayed)")
    public List<RulesetView> all() {
        return registry.all().stream()
                .sorted(Comparator.comparing(CompiledRuleset::id).thenComparing(CompiledRuleset::version))
                .map(r -> new RulesetView(r.id(), r.version(), role(r), r.definition().description(), r.digest(),
                        r.definition().rules().size(), r.definition().scorecard().conditions().size()))
                .toList();
    }

    private String role(CompiledRuleset r) {
        if (r.ref().equals(registry.champion())) return "champion";
        if (registry.challenger().map(r.ref()::equals).orElse(false)) return "challenger";
        return "loaded";
    }
}
