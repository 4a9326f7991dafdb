package com.guanxi.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.guanxi.analytics.AnalyticsService;
import com.guanxi.analytics.AnalyticsSnapshot;
import com.guanxi.decision.CreditApplication;
import com.guanxi.decision.DecisionRecord;
import com.guanxi.graph.EntityRepository;
import com.guanxi.report.ReportRenderer;
import com.guanxi.report.RiskReport;
import com.guanxi.report.RiskReports;
import com.guanxi.security.PersonalData;
import com.guanxi.security.SecurityConfig;
import com.guanxi.tags.AssociatedPartyService;
import com.guanxi.tags.TagService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The risk report (风控报告) on one company for credit approvers, as a printable HTML page and as a PDF of the same
 * page. Its content is the API's own answers about the company — registry facts, control, guarantee circle and
 * contagion, tags, associated parties, their cases — plus an indicative decision that is not stored; personal data
 * is masked for the reader exactly as in those JSON answers.
 */
@Path("/api/companies/{id}")
public class CompanyReportResource {

    static final String HTML = "text/html;charset=utf-8";
    static final String PDF = "application/pdf";
    static final int MAX_PARTIES = 200;
    static final int MAX_CASES = 50;
    static final int MAX_EXPOSED = 100;
    static final int MAX_CIRCLE_MEMBERS = 30;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

    private final CompanyResource companies;
    private final CompanyAnalyticsResource control;
    private final GuaranteeCircleResource circles;
    private final CompanyTagResource tags;
    private final AssociatedPartyResource associated;
    private final CaseResource cases;
    private final com.guanxi.decision.DecisionService decisions;
    private final AnalyticsService analytics;
    private final TagService tagService;
    private final AssociatedPartyService associatedIndex;
    private final EntityRepository entities;
    private final ObjectMapper json;
    private final List<String> clearRoles;
    private final ReportRenderer renderer;

    CompanyReportResource(CompanyResource companies, CompanyAnalyticsResource control, GuaranteeCircleResource circles,
                          CompanyTagResource tags, AssociatedPartyResource associated, CaseResource cases,
                          com.guanxi.decision.DecisionService decisions, AnalyticsService analytics,
                          TagService tagService, AssociatedPartyService associatedIndex, EntityRepository entities,
                          ObjectMapper json, SecurityConfig security, ReportRenderer renderer) {
        this.companies = companies;
        this.control = control;
        this.circles = circles;
        this.tags = tags;
        this.associated = associated;
        this.cases = cases;
        this.decisions = decisions;
        this.analytics = analytics;
        this.tagService = tagService;
        this.associatedIndex = associatedIndex;
        this.entities = entities;
        this.json = json;
        this.clearRoles = security.privacy().clearRoles();
        this.renderer = renderer;
    }

    @GET
    @Path("/report")
    @Produces(HTML)
    @Operation(summary = "风控报告: printable HTML risk report of a company (by id, USCC or reg_no) for credit approvers; "
            + "amount (CNY yuan, default 0) is the amount the indicative decision is made for")
    public String html(@PathParam("id") String id, @QueryParam("amount") String amount, @Context SecurityContext caller) {
        return renderer.html(report(id, amount, caller));
    }

    @GET
    @Path("/report.pdf")
    @Produces(PDF)
    @Operation(summary = "The same risk report as a PDF (CJK font embedded), as a download")
    public Response pdf(@PathParam("id") String id, @QueryParam("amount") String amount, @Context SecurityContext caller) {
        RiskReport report = report(id, amount, caller);
        byte[] pdf = renderer.pdf(report);
        String file = "risk-report-" + report.company().id().replaceAll("[^0-9A-Za-z-]", "_") + "-"
                + (report.run().asOf() == null ? "" : report.run().asOf()) + ".pdf";
        return Response.ok(pdf, PDF).header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    /** 503: the PDF cannot be made without its font; the HTML report still can. */
    @ServerExceptionMapper
    Response fontMissing(ReportRenderer.FontMissingException e) {
        return Problem.response(Response.Status.SERVICE_UNAVAILABLE, e.getMessage());
    }

    private RiskReport report(String id, String amountText, SecurityContext caller) {
        BigDecimal amount = amount(amountText);
        JsonNode data = json.valueToTree(gather(id, amount, caller));
        if (!seesClearValues(caller)) PersonalData.mask(data);
        Map<String, RiskReport.Party> names = new HashMap<>();
        entities.names(RiskReports.idsIn(data)).forEach((k, n) -> names.put(k, new RiskReport.Party(n.id(), n.name(), n.type())));
        return RiskReports.build(data, names);
    }

    /** The answers the report is made of, as the JSON API gives them (before masking). */
    private Map<String, Object> gather(String id, BigDecimal amount, SecurityContext caller) {
        Map<String, Object> company = companies.company(id);
        String companyId = String.valueOf(company.get("id"));
        AnalyticsSnapshot run = analytics.latest().orElseThrow(CompanyAnalyticsResource.NoAnalyticsYet::new);
        var tagRun = tagService.latestRun().orElseThrow(() -> new jakarta.ws.rs.ClientErrorException(
                "No analytics run has produced tags yet: start one with POST /api/analytics/runs.", 409));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("generatedAt", WHEN.format(Instant.now()));
        out.put("preparedFor", caller.getUserPrincipal() == null ? null : caller.getUserPrincipal().getName());
        out.put("run", Map.of("analyticsRunId", run.runId(), "asOf", run.asOf().toString(), "tagRunId", tagRun.runId(),
                "tagAsOf", tagRun.asOf().toString()));
        out.put("company", company);
        out.put("control", inRun(() -> control.control(companyId)));
        out.put("contagion", contagion(control.contagion(companyId)));
        out.put("circle", circle(companyId, inRun(() -> circles.circle(companyId))));
        out.put("tags", tags.tags(companyId));
        List<AssociatedPartyResource.PartyView> parties = associated.associated(companyId, 1, null, MAX_PARTIES);
        out.put("associated", parties);
        out.put("associatedLimit", MAX_PARTIES);
        litigation(companyId, parties, out);
        DecisionRecord decision = decisions.evaluate(new CreditApplication(null, companyId, List.of(), amount, null));
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("decision", decision.champion().decision().code());
        d.put("score", decision.champion().score());
        d.put("reasons", decision.champion().reasons());
        d.put("rulesetId", decision.champion().rulesetId());
        d.put("rulesetVersion", decision.champion().rulesetVersion());
        d.put("tagRunId", decision.tagRunId());
        d.put("asOf", decision.asOf().toString());
        d.put("amount", amount);
        d.put("features", decision.champion().input().featuresOf(decision.applicantId()));
        out.put("decision", d);
        return out;
    }

    /** The nearest {@link #MAX_EXPOSED} called guarantors, with the count and first-order sum over all of them. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> contagion(Map<String, Object> answer) {
        List<Map<String, Object>> members = (List<Map<String, Object>>) answer.get("members");
        double firstOrder = 0;
        for (Map<String, Object> m : members) firstOrder += ((Number) m.get("exposureFirstOrder")).doubleValue();
        Map<String, Object> out = new LinkedHashMap<>(answer);
        out.put("count", members.size());
        out.put("firstOrderTotal", firstOrder);
        out.put("members", members.size() > MAX_EXPOSED ? members.subList(0, MAX_EXPOSED) : members);
        return out;
    }

    /** The circle's facts, its first members and the company's longest chain (not every edge of a large circle). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> circle(String companyId, Object answer) {
        if (answer == null) return null;
        Map<String, Object> out = new LinkedHashMap<>((Map<String, Object>) answer);
        out.remove("edges");
        out.remove("loops");
        List<Object> members = (List<Object>) out.get("members");
        if (members.size() > MAX_CIRCLE_MEMBERS) out.put("members", members.subList(0, MAX_CIRCLE_MEMBERS));
        Map<String, Integer> chains = (Map<String, Integer>) out.get("longestChain");
        out.put("longestChain", chains.containsKey(companyId) ? Map.of(companyId, chains.get(companyId)) : Map.of());
        return out;
    }

    /** The cases of the company and of its associated parties, the company's own first; each names who is involved. */
    private void litigation(String companyId, List<AssociatedPartyResource.PartyView> parties, Map<String, Object> out) {
        var index = associatedIndex.latest().map(AssociatedPartyService.Latest::parties).orElse(null);
        Map<String, Set<String>> involved = new LinkedHashMap<>();
        if (index != null) {
            List<String> who = new ArrayList<>();
            who.add(companyId);
            parties.forEach(p -> who.add(p.id()));
            for (String party : who) {
                for (String caseNo : index.casesOf(party)) involved.computeIfAbsent(caseNo, k -> new LinkedHashSet<>()).add(party);
            }
        }
        List<Map<String, Object>> found = new ArrayList<>();
        for (var e : involved.entrySet()) {
            if (found.size() == MAX_CASES) break;
            try {
                Map<String, Object> k = new LinkedHashMap<>(cases.byCaseNo(e.getKey()));
                // The judgment's text stays with the case (GET /api/cases/{caseNo}); the report lists the facts.
                k.keySet().retainAll(Set.of("caseNo", "caseNoRaw", "court", "date", "cause", "docType", "parties"));
                k.put("involves", List.copyOf(e.getValue()));
                found.add(k);
            } catch (NotFoundProblem gone) {
                // Deleted since the run: nothing to show.
            }
        }
        out.put("cases", found);
        out.put("casesTotal", involved.size());
    }

    private boolean seesClearValues(SecurityContext caller) {
        return caller.getUserPrincipal() != null && clearRoles.stream().anyMatch(caller::isUserInRole);
    }

    /** A section the latest run knows nothing about (a company imported after it) is left empty. */
    private static Object inRun(java.util.function.Supplier<Object> section) {
        try {
            return section.get();
        } catch (NotFoundProblem notInRun) {
            return null;
        }
    }

    private static BigDecimal amount(String text) {
        if (text == null || text.isBlank()) return BigDecimal.ZERO;
        try {
            BigDecimal amount = new BigDecimal(text.strip());
            if (amount.signum() < 0) throw new IllegalArgumentException("amount must not be negative: " + text);
            return amount;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("amount must be a number of CNY yuan, got " + text);
        }
    }
}
