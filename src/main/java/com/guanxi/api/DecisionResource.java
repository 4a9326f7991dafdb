package com.guanxi.api;

import com.guanxi.decision.CreditApplication;
import com.guanxi.decision.Decision;
import com.guanxi.decision.DecisionInput;
import com.guanxi.decision.DecisionRecord;
import com.guanxi.decision.DecisionService;
import com.guanxi.decision.Outcome;
import com.guanxi.decision.Reason;
import com.guanxi.decision.ReplayResult;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/** Credit decisions over the latest risk tags (contracts/api.md "Decision layer"). */
@Path("/api/decisions")
@Produces(MediaType.APPLICATION_JSON)
public class DecisionResource {

    private final DecisionService decisions;

    DecisionResource(DecisionService decisions) {
        this.decisions = decisions;
    }

    /** The answer to an application: the champion's decision with its reasons. */
    public record DecisionView(String id, String decision, int score, List<Reason> reasons, String rulesetId,
                               String rulesetVersion, String applicant, List<String> guarantors, String decidedAt,
                               String tagRunId, String asOf) {
        static DecisionView of(DecisionRecord r) {
            Decision c = r.champion();
            return new DecisionView(r.id(), c.decision().code(), c.score(), c.reasons(), c.rulesetId(), c.rulesetVersion(),
                    r.applicantId(), r.guarantorIds(), r.decidedAt().toString(), r.tagRunId(), r.asOf().toString());
        }
    }

    /** The challenger's decision on the same inputs: logged beside the answer, never the answer. */
    public record ChallengerView(String decision, int score, List<Reason> reasons, String rulesetId, String rulesetVersion,
                                 boolean agrees) {
    }

    /** A stored decision: the answer, the application as sent, the inputs it was made from, and the challenger's. */
    public record StoredView(String id, String decision, int score, List<Reason> reasons, String rulesetId,
                             String rulesetVersion, String applicant, List<String> guarantors, String decidedAt,
                             String tagRunId, String asOf, CreditApplication application, DecisionInput input,
                             ChallengerView challenger) {
        static StoredView of(DecisionRecord r) {
            DecisionView v = DecisionView.of(r);
            Decision ch = r.challenger();
            return new StoredView(v.id(), v.decision(), v.score(), v.reasons(), v.rulesetId(), v.rulesetVersion(),
                    v.applicant(), v.guarantors(), v.decidedAt(), v.tagRunId(), v.asOf(), r.application(),
                    r.champion().input(), ch == null ? null : new ChallengerView(ch.decision().code(), ch.score(),
                    ch.reasons(), ch.rulesetId(), ch.rulesetVersion(), ch.decision() == r.champion().decision()));
        }
    }

    /** Many applications, answered in order. */
    public record Batch(List<CreditApplication> requests) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide a credit application (applicant and guarantors by id, USCC, reg_no or exact name) from "
            + "their latest risk tags")
    public DecisionView decide(CreditApplication application) {
        if (application == null) throw new IllegalArgumentException("Send {\"applicant\": ..., \"guarantors\": [...], \"amount\": ...}.");
        return DecisionView.of(decisions.decide(application));
    }

    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide many applications in one call ({\"requests\": [...]}); each answer or error in order")
    public Map<String, Object> batch(Batch batch) {
        if (batch == null || batch.requests() == null) throw new IllegalArgumentException("Send {\"requests\": [...]}.");
        List<DecisionService.Outcome> outcomes = decisions.decideAll(batch.requests());
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        int errors = 0;
        List<Map<String, Object>> items = new java.util.ArrayList<>(outcomes.size());
        for (DecisionService.Outcome o : outcomes) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("index", o.index());
            if (o.decision() != null) {
                item.put("decision", DecisionView.of(o.decision()));
                counts.merge(o.decision().champion().decision(), 1, Integer::sum);
            } else {
                item.put("error", o.error());
                errors++;
            }
            items.add(item);
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        for (Outcome o : Outcome.values()) summary.put(o.code(), counts.getOrDefault(o, 0));
        summary.put("error", errors);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("count", outcomes.size());
        out.put("outcomes", summary);
        out.put("results", items);
        return out;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A stored decision with its inputs and the challenger's decision")
    public StoredView get(@PathParam("id") String id) {
        return decisions.get(id).map(StoredView::of).orElseThrow(() -> new NotFoundProblem("No decision " + id));
    }

    @POST
    @Path("/{id}/replay")
    @Operation(summary = "Evaluate a stored decision again from its stored inputs with the ruleset version it names")
    public Map<String, Object> replay(@PathParam("id") String id) {
        DecisionService.Replay replay;
        try {
            replay = decisions.replay(id).orElseThrow(() -> new NotFoundProblem("No decision " + id));
        } catch (NoSuchElementException e) {
            throw new ClientErrorException("Decision " + id + " cannot be replayed: " + e.getMessage(), 409);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        out.putAll(view(replay.champion()));
        if (replay.challenger() != null) out.put("challenger", view(replay.challenger()));
        return out;
    }

    private static Map<String, Object> view(ReplayResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reproduced", r.reproduced());
        m.put("sameOutcome", r.sameOutcome());
        m.put("sameScore", r.sameScore());
        m.put("sameReasons", r.sameReasons());
        m.put("sameRuleset", r.sameRuleset());
        m.put("rulesetId", r.original().rulesetId());
        m.put("rulesetVersion", r.original().rulesetVersion());
        m.put("original", Map.of("decision", r.original().decision().code(), "score", r.original().score()));
        Map<String, Object> again = new LinkedHashMap<>();
        again.put("decision", r.replayed().decision().code());
        again.put("score", r.replayed().score());
        again.put("reasons", r.replayed().reasons());
        m.put("replayed", again);
        return m;
    }
}
