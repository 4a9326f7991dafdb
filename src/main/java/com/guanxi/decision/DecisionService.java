package com.guanxi.decision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.guanxi.analysis.CompanyFacts;
import com.guanxi.analysis.GuaranteeGraph;
import com.guanxi.analytics.AnalyticsService;
import com.guanxi.analytics.AnalyticsSnapshot;
import com.guanxi.graph.CompanyRepository;
import com.guanxi.graph.DecisionStore;
import com.guanxi.graph.EntityRepository;
import com.guanxi.ingest.Normalizer;
import com.guanxi.tags.Tag;
import com.guanxi.tags.TagRunInfo;
import com.guanxi.tags.TagService;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides credit applications (api.md "Decision layer"): resolves the applicant and guarantors (id, USCC, reg_no or
 * exact name), reads their tags from the latest analytics run and a few features from the latest results, lets the
 * champion ruleset decide and the challenger decide beside it (logged, never the answer), and stores every decision
 * so that it can be shown and replayed.
 */
@ApplicationScoped
public class DecisionService {

    private static final Logger LOG = Logger.getLogger(DecisionService.class);
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);
    private static final Pattern LUCENE_SPECIAL = Pattern.compile("[+\\-&|!(){}\\[\\]^\"~*?:\\\\/]");
    /** Rank of a match by identifier in {@link EntityRepository#resolve}. */
    private static final int BY_IDENTIFIER = 0;

    private final DecisionEngine engine;
    private final TagService tags;
    private final AnalyticsService analytics;
    private final EntityRepository entities;
    private final CompanyRepository companies;
    private final DecisionStore store;
    private final DecisionConfig config;
    private final ObjectMapper json;
    /** JSON trees that keep decimals exactly as given (20000000 stays 20000000, not 2E+7). */
    private final ObjectMapper trees;
    private final SecureRandom random = new SecureRandom();

    DecisionService(DecisionEngine engine, TagService tags, AnalyticsService analytics, EntityRepository entities,
                    CompanyRepository companies, DecisionStore store, DecisionConfig config, ObjectMapper json) {
        this.engine = engine;
        this.tags = tags;
        this.analytics = analytics;
        this.entities = entities;
        this.companies = companies;
        this.store = store;
        this.config = config;
        this.json = json;
        this.trees = json.copy().setNodeFactory(JsonNodeFactory.withExactBigDecimals(true))
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    /** One application or the reason it could not be decided. */
    public record Outcome(int index, DecisionRecord decision, String error) {
    }

    /**
     * Decides one application.
     *
     * @throws UnknownSubjectException when the applicant or a guarantor resolves to nothing or to several entities
     * @throws NoTagsYetException      before the first analytics run
     * @throws IllegalArgumentException for a malformed application
     */
    public DecisionRecord decide(CreditApplication application) {
        Outcome outcome = decideAll(List.of(application), true, true).get(0);
        return outcome.decision();
    }

    /**
     * Decides one application exactly as {@link #decide} does, without storing it: an indicative decision (the risk
     * report's), which cannot be fetched or replayed by id afterwards.
     */
    public DecisionRecord evaluate(CreditApplication application) {
        return decideAll(List.of(application), true, false).get(0).decision();
    }

    /** Decides many applications in one go; an application that cannot be decided gets an error, the others go on. */
    public List<Outcome> decideAll(List<CreditApplication> applications) {
        if (applications.size() > config.maxBatch()) {
            throw new IllegalArgumentException("a batch holds at most " + config.maxBatch() + " applications, got "
                    + applications.size());
        }
        return decideAll(applications, false, true);
    }

    private List<Outcome> decideAll(List<CreditApplication> applications, boolean single, boolean stored) {
        long t0 = System.nanoTime();
        TagRunInfo run = tags.latestRun().orElseThrow(NoTagsYetException::new);
        Set<String> keys = new LinkedHashSet<>();
        for (CreditApplication a : applications) {
            if (a == null) continue;
            if (a.applicant() != null) keys.add(a.applicant().strip());
            a.guarantors().forEach(g -> {
                if (g != null) keys.add(g.strip());
            });
        }
        Map<String, Resolution> resolved = resolve(keys);
        long t1 = System.nanoTime();

        Outcome[] outcomes = new Outcome[applications.size()];
        List<Integer> decidable = new ArrayList<>();
        List<DecisionRequest> requests = new ArrayList<>();
        for (int i = 0; i < applications.size(); i++) {
            try {
                requests.add(request(applications.get(i), resolved, run));
                decidable.add(i);
            } catch (UnknownSubjectException | IllegalArgumentException e) {
                if (single) throw e;
                outcomes[i] = new Outcome(i, null, e.getMessage());
            }
        }
        Set<String> subjects = new LinkedHashSet<>();
        for (DecisionRequest r : requests) {
            subjects.add(r.applicant());
            subjects.addAll(r.guarantors());
        }
        Map<String, List<Tag>> tagsBySubject = tags.latestTagsOf(subjects);
        Map<String, Map<String, Object>> features = features(subjects);
        List<DecisionInput> inputs = new ArrayList<>(requests.size());
        for (DecisionRequest r : requests) {
            // Only the request's own subjects: DecisionInput copies (and freezes) whatever it is given.
            Map<String, List<Tag>> own = new HashMap<>();
            Map<String, Map<String, Object>> ownFeatures = new HashMap<>();
            for (String subject : subjectsOf(r)) {
                own.put(subject, tagsBySubject.getOrDefault(subject, List.of()));
                ownFeatures.put(subject, features.getOrDefault(subject, Map.of()));
            }
            inputs.add(DecisionInput.of(r, own, ownFeatures));
        }
        long t2 = System.nanoTime();

        List<Decision> champion;
        List<Decision> challenger;
        if (engine.hasChallenger()) {
            List<ChallengedDecision> both = engine.decideAllWithChallenger(inputs);
            champion = both.stream().map(ChallengedDecision::champion).toList();
            challenger = both.stream().map(ChallengedDecision::challenger).toList();
        } else {
            champion = engine.decideAll(inputs);
            challenger = null;
        }
        long t3 = System.nanoTime();
        List<Map<String, Object>> rows = new ArrayList<>(inputs.size());
        for (int k = 0; k < inputs.size(); k++) {
            int i = decidable.get(k);
            DecisionRequest r = requests.get(k);
            Decision c = champion.get(k);
            DecisionRecord record = new DecisionRecord(newId(c.decidedAt()), c.decidedAt(), run.runId(), run.asOf(),
                    applications.get(i), r.applicant(), r.guarantors(), c, challenger == null ? null : challenger.get(k));
            outcomes[i] = new Outcome(i, record, null);
            if (stored) rows.add(row(record));
        }
        long t4 = System.nanoTime();
        if (stored) store.save(rows);
        if (applications.size() >= 100) {
            LOG.infof("Decided %d applications in %d ms: resolve %d, tags and features %d, rulesets %d, records %d, store %d",
                    applications.size(), ms(t0, System.nanoTime()), ms(t0, t1), ms(t1, t2), ms(t2, t3), ms(t3, t4),
                    ms(t4, System.nanoTime()));
        }
        return List.of(outcomes);
    }

    /** A stored decision. */
    public Optional<DecisionRecord> get(String id) {
        return store.json(id).map(text -> {
            try {
                return fromStored(text);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored decision " + id + " cannot be read: " + e.getOriginalMessage(), e);
            }
        });
    }

    /** A stored decision evaluated again from its stored inputs with the ruleset versions it names. */
    public record Replay(DecisionRecord original, ReplayResult champion, ReplayResult challenger) {
    }

    /**
     * Replays a stored decision (and its challenger's).
     *
     * @throws java.util.NoSuchElementException when the ruleset version it names is no longer loaded
     */
    public Optional<Replay> replay(String id) {
        return get(id).map(d -> new Replay(d, engine.replay(d.champion()),
                d.challenger() == null ? null : engine.replay(d.challenger())));
    }

    private DecisionRequest request(CreditApplication a, Map<String, Resolution> resolved, TagRunInfo run) {
        if (a == null) throw new IllegalArgumentException("the application is empty");
        if (a.applicant() == null || a.applicant().isBlank()) throw new IllegalArgumentException("applicant is required");
        if (a.amount() == null) throw new IllegalArgumentException("amount is required (CNY yuan)");
        if (a.amount().signum() < 0) throw new IllegalArgumentException("amount must not be negative: " + a.amount());
        String applicant = resolved.get(a.applicant().strip()).idOr("applicant");
        List<String> guarantors = new ArrayList<>();
        for (String g : a.guarantors()) {
            if (g == null || g.isBlank()) throw new IllegalArgumentException("guarantors must not be blank");
            guarantors.add(resolved.get(g.strip()).idOr("guarantor"));
        }
        return new DecisionRequest(a.requestId(), applicant, guarantors, a.amount(), a.product(), run.asOf());
    }

    /** What a key resolved to: one entity id, or why not. */
    private record Resolution(String key, String id, List<String> candidates) {
        String idOr(String role) {
            if (id != null) return id;
            if (candidates.isEmpty()) {
                throw new UnknownSubjectException("Unknown " + role + " '" + key + "': no company or person has that id, "
                        + "USCC, reg_no or exact name.");
            }
            throw new UnknownSubjectException("Ambiguous " + role + " '" + key + "': " + candidates.size()
                    + " companies have that name (" + String.join(", ", candidates) + "); give the USCC.");
        }
    }

    /** Resolves every key at once; names not found exactly are tried as former names through the full-text index. */
    private Map<String, Resolution> resolve(Set<String> keys) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String key : keys) byKey.put(key, Normalizer.name(key));
        Map<String, List<EntityRepository.Match>> found = entities.resolve(byKey);
        Map<String, Resolution> out = new HashMap<>();
        for (String key : keys) {
            List<EntityRepository.Match> matches = found.getOrDefault(key, List.of());
            if (matches.isEmpty()) {
                out.put(key, formerName(key, byKey.get(key)));
                continue;
            }
            int best = matches.get(0).rank();
            List<String> ids = matches.stream().filter(m -> m.rank() == best).map(EntityRepository.Match::id).distinct().toList();
            out.put(key, ids.size() == 1 || best == BY_IDENTIFIER ? new Resolution(key, ids.get(0), ids)
                    : new Resolution(key, null, ids));
        }
        return out;
    }

    private Resolution formerName(String key, String normName) {
        String query = LUCENE_SPECIAL.matcher(Normalizer.text(key)).replaceAll(" ").strip();
        if (normName == null || query.isEmpty()) return new Resolution(key, null, List.of());
        List<String> ids = new ArrayList<>();
        for (var hit : companies.search("\"" + query + "\"", 10)) {
            boolean same = normName.equals(Normalizer.name(hit.name()))
                    || hit.formerNames().stream().anyMatch(f -> normName.equals(Normalizer.name(f)));
            if (same && !ids.contains(hit.id())) ids.add(hit.id());
        }
        return ids.size() == 1 ? new Resolution(key, ids.get(0), ids) : new Resolution(key, null, ids);
    }

    /**
     * Features of each subject from the latest analytics results: active amounts guaranteed and received, the
     * guaranteed amount over the CNY registered capital, and the longest chain through it.
     */
    private Map<String, Map<String, Object>> features(Set<String> subjects) {
        Optional<AnalyticsSnapshot> latest = analytics.latest();
        if (latest.isEmpty()) return Map.of();
        AnalyticsSnapshot s = latest.get();
        GuaranteeGraph g = s.guarantees().all().graph();
        Map<String, Map<String, Object>> out = new HashMap<>();
        for (String id : subjects) {
            Map<String, Object> f = new LinkedHashMap<>();
            double given = g.givenTotal(id);
            f.put("guaranteeGivenYuan", given);
            f.put("guaranteeReceivedYuan", g.receivedTotal(id));
            CompanyFacts facts = s.registry().get(id);
            if (facts != null && facts.registeredCapital() != null && facts.registeredCapital().isCny()
                    && facts.registeredCapital().amount().signum() > 0) {
                f.put("guaranteeToCapital", given / facts.registeredCapital().amount().doubleValue());
            }
            int chain = s.guarantees().all().chains().longestChain(id);
            if (chain >= 0) f.put("longestChain", chain);
            out.put(id, f);
        }
        return out;
    }

    private Map<String, Object> row(DecisionRecord r) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", r.id());
        row.put("requestId", r.application().requestId());
        row.put("decidedAt", r.decidedAt().toString());
        row.put("applicantId", r.applicantId());
        row.put("decision", r.champion().decision().code());
        row.put("score", r.champion().score());
        row.put("rulesetId", r.champion().rulesetId());
        row.put("rulesetVersion", r.champion().rulesetVersion());
        row.put("challengerDecision", r.challenger() == null ? null : r.challenger().decision().code());
        row.put("challengerRulesetId", r.challenger() == null ? null : r.challenger().rulesetId());
        row.put("challengerRulesetVersion", r.challenger() == null ? null : r.challenger().rulesetVersion());
        try {
            row.put("json", toStored(r));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write decision " + r.id(), e);
        }
        return row;
    }

    /**
     * The stored form of a decision: the record as JSON, the challenger without its input, which is the champion's
     * (stored once: it holds every tag with its evidence and is most of the text).
     */
    private String toStored(DecisionRecord r) throws JsonProcessingException {
        ObjectNode tree = trees.valueToTree(r);
        if (tree.get("challenger") instanceof ObjectNode challenger) challenger.remove("input");
        return trees.writeValueAsString(tree);
    }

    private DecisionRecord fromStored(String text) throws JsonProcessingException {
        JsonNode tree = trees.readTree(text);
        if (tree.get("challenger") instanceof ObjectNode challenger && !challenger.has("input")) {
            challenger.set("input", tree.get("champion").get("input"));
        }
        return trees.treeToValue(tree, DecisionRecord.class);
    }

    private static Set<String> subjectsOf(DecisionRequest r) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(r.applicant());
        ids.addAll(r.guarantors());
        return ids;
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private String newId(Instant at) {
        byte[] b = new byte[5];
        random.nextBytes(b);
        return "D" + ID_TIME.format(at) + "-" + HexFormat.of().formatHex(b);
    }
}
