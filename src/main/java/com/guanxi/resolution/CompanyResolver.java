package com.guanxi.resolution;

import com.guanxi.extraction.CompanyNameParser;
import com.guanxi.extraction.ParsedName;
import com.guanxi.extraction.Region;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links one company mention to a company (definitions.md "Entities": a Company is keyed by its USCC when known,
 * otherwise by a stable resolved id):
 * <ol>
 *   <li>a USCC or registration number given with the mention decides (method USCC / REG_NO);</li>
 *   <li>otherwise the candidates from the blocking keys are scored with the model's comparisons; the best one
 *       is linked when it reaches the match threshold <em>and</em> beats the runner-up by the ambiguity margin
 *       (a name that fits two companies equally is never guessed); typo-level candidates (the fuzzy blocking stage)
 *       are registry companies only;</li>
 *   <li>between the review and match thresholds, or ambiguous: a review item with its candidates;</li>
 *   <li>below review: a new organisation outside the registry, id {@code EXT-} + 12 hex digits of SHA-256 of the
 *       normalised name, added to the index so later mentions (other files, other batches) find it.</li>
 * </ol>
 * Reviewer judgements are applied: a rejected candidate is never linked again automatically, an accepted one is.
 * Cost per mention: O(candidates · names · len²), candidates bounded by the blocking caps.
 */
public final class CompanyResolver {
    private static final int MAX_CANDIDATES = 300;

    private final CompanyIndex index;
    private final ResolutionModel.EntityModel model;
    private final CompanyNameParser parser;
    private final JudgementStore judgements;

    public CompanyResolver(CompanyIndex index, ResolutionModel.EntityModel companyModel, JudgementStore judgements) {
        this.index = index;
        this.model = companyModel;
        this.parser = index.parser();
        this.judgements = judgements;
    }

    /**
     * A company mention: the key of where it sits (for judgements), the name as written (may be null when only an
     * identifier is given), a USCC / registration number naming the same company in the same row (may be null),
     * and the entities already linked in full in the same document (may be empty).
     */
    public record Query(String mentionKey, String name, String uscc, String regNo, Set<String> documentEntities) {
        public Query {
            if (mentionKey == null) throw new IllegalArgumentException("mention key required");
            documentEntities = documentEntities == null ? Set.of() : documentEntities;
        }
    }

    /** Resolves a mention; null when it carries neither name nor identifier. */
    public Resolution resolve(Query q) {
        boolean hasName = q.name() != null && !q.name().isBlank();
        ParsedName p = hasName ? parser.parse(q.name()) : null;
        if (q.uscc() != null) {
            CompanyEntity e = index.byUscc(q.uscc());
            if (e != null && !rejected(q, e.id())) return byIdentifier(q, p, e, Method.USCC);
        }
        if (q.regNo() != null) {
            CompanyEntity e = index.byRegNo(q.regNo());
            if (e != null && !rejected(q, e.id())) return byIdentifier(q, p, e, Method.REG_NO);
        }
        if (!hasName) {
            if (q.uscc() == null) return null;
            return newExternal(q, null, "EXT-" + hash("USCC:" + q.uscc()), q.uscc(), List.of());
        }
        CompanyComparisons.Query cq = new CompanyComparisons.Query(p, q.uscc(), q.regNo(), q.documentEntities());
        List<Candidate> scored = new ArrayList<>();
        Candidate[] accepted = new Candidate[1];
        Set<Integer> seen = new java.util.HashSet<>();
        score(q, cq, index.candidates(p, true), false, scored, accepted, seen);
        // the fuzzy stage (typos) only when the exact stage found nothing that links, and only against registry
        // names: an outside organisation is known by a name nobody vouched for, so a name one character from it
        // (甲/乙 placeholders, numbered firms) is as likely another firm as a misspelling
        if (scored.stream().noneMatch(c -> c.score() >= model.thresholds().match())) {
            score(q, cq, index.candidates(p, false), true, scored, accepted, seen);
        }
        if (accepted[0] == null) {
            // a reviewer's accepted link holds even when blocking would not propose that entity
            for (Judgement j : judgements.involving(q.mentionKey())) {
                if (j.verdict() != Judgement.Verdict.ACCEPT) continue;
                String other = j.subjectKey().equals(q.mentionKey()) ? j.candidateKey() : j.subjectKey();
                CompanyEntity e = index.byId(other);
                if (e != null) accepted[0] = best(cq, e);
            }
        }
        scored.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::entityId));
        if (accepted[0] != null) {
            CompanyEntity e = index.byId(accepted[0].entityId());
            return new Resolution(EntityType.COMPANY, e.id(), e.uscc(), 1.0, Method.JUDGEMENT, accepted[0].score(),
                    accepted[0].explanation(), scored);
        }
        Candidate best = scored.isEmpty() ? null : scored.get(0);
        Candidate second = scored.size() > 1 ? scored.get(1) : null;
        ResolutionModel.Thresholds t = model.thresholds();
        if (best != null && best.score() >= t.match()
                && (second == null || best.score() - second.score() >= t.ambiguityMargin())) {
            CompanyEntity e = index.byId(best.entityId());
            return new Resolution(EntityType.COMPANY, e.id(), e.uscc(), best.probability(),
                    e.registry() ? Method.NAME_MATCH : Method.EXTERNAL_MATCH, best.score(), best.explanation(), scored);
        }
        if (best != null && best.score() >= t.review()) {
            List<Candidate> offered = new ArrayList<>();
            for (Candidate c : scored) if (c.score() >= t.review() && offered.size() < 5) offered.add(c);
            return new Resolution(EntityType.COMPANY, null, null, 0.0, Method.REVIEW, best.score(), best.explanation(), offered);
        }
        return newExternal(q, p, "EXT-" + hash(p.normalized()), q.uscc(), scored);
    }

    /**
     * The registry company an outside organisation now resolves to (after registry records were added), or null:
     * the best registry candidate must reach the match threshold and beat the next registry candidate by the margin.
     */
    public CompanyEntity registryMatch(CompanyEntity external) {
        ParsedName p = parser.parse(external.name());
        CompanyComparisons.Query cq = new CompanyComparisons.Query(p, external.uscc(), null, Set.of());
        List<Candidate> scored = new ArrayList<>();
        if (external.uscc() != null) {
            CompanyEntity e = index.byUscc(external.uscc());
            if (e != null && e.registry()) return e;
        }
        for (Integer i : index.candidates(p).keySet()) {
            CompanyEntity e = index.get(i);
            if (e.registry()) scored.add(best(cq, e));
        }
        scored.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::entityId));
        if (scored.isEmpty() || scored.get(0).score() < model.thresholds().match()) return null;
        if (scored.size() > 1 && scored.get(0).score() - scored.get(1).score() < model.thresholds().ambiguityMargin()) return null;
        return index.byId(scored.get(0).entityId());
    }

    private void score(Query q, CompanyComparisons.Query cq, Map<Integer, List<String>> candidates, boolean registryOnly,
                       List<Candidate> scored, Candidate[] accepted, Set<Integer> seen) {
        for (Integer i : candidates.keySet()) {
            if (seen.size() >= MAX_CANDIDATES) break;
            CompanyEntity e = index.get(i);
            if (registryOnly && !e.registry()) continue;
            if (!seen.add(i)) continue;
            Judgement j = judgements.latest(q.mentionKey(), e.id()).orElse(null);
            if (j != null && j.verdict() == Judgement.Verdict.REJECT) continue;
            Candidate best = best(cq, e);
            scored.add(best);
            if (j != null && j.verdict() == Judgement.Verdict.ACCEPT) accepted[0] = best;
        }
    }

    /** The review item for a mention left in review (null when the resolution is linked). */
    public ReviewItem reviewItem(Query q, Resolution r) {
        if (r.linked()) return null;
        boolean ambiguous = r.candidates().size() > 1
                && r.candidates().get(0).score() - r.candidates().get(1).score() < model.thresholds().ambiguityMargin();
        return new ReviewItem("review:company:" + q.mentionKey(), EntityType.COMPANY, q.mentionKey(), q.name(),
                ambiguous ? "AMBIGUOUS" : "BELOW_MATCH", r.candidates());
    }

    private boolean rejected(Query q, String entityId) {
        return judgements.latest(q.mentionKey(), entityId).map(j -> j.verdict() == Judgement.Verdict.REJECT).orElse(false);
    }

    private Resolution byIdentifier(Query q, ParsedName p, CompanyEntity e, Method method) {
        ParsedName name = p != null ? p : parser.parse(e.name());
        Candidate c = best(new CompanyComparisons.Query(name, q.uscc(), q.regNo(), q.documentEntities()), e);
        return new Resolution(EntityType.COMPANY, e.id(), e.uscc(), Waterfall.probability(c.score()), method, c.score(),
                c.explanation(), List.of(c));
    }

    /** The candidate scored on its best-fitting name (current or former). */
    private Candidate best(CompanyComparisons.Query q, CompanyEntity e) {
        Waterfall best = CompanyComparisons.score(model, q, e, index.parsed(e.id(), 0), false);
        String matched = e.name();
        for (int k = 0; k < e.formerNames().size(); k++) {
            Waterfall w = CompanyComparisons.score(model, q, e, index.parsed(e.id(), k + 1), true);
            if (w.score() > best.score()) {
                best = w;
                matched = e.formerNames().get(k);
            }
        }
        return new Candidate(e.id(), matched, best.score(), Waterfall.probability(best.score()), best.steps());
    }

    private Resolution newExternal(Query q, ParsedName p, String id, String uscc, List<Candidate> considered) {
        CompanyEntity existing = index.byId(id);
        if (existing != null && !rejected(q, id)) {
            return new Resolution(EntityType.COMPANY, id, existing.uscc(), 1.0, Method.EXTERNAL_MATCH, 0.0,
                    List.of(new ExplanationStep("normalised_name", "equal", "same normalised name as a known outside organisation", 0.0, 0.0)),
                    considered);
        }
        if (existing != null) id = id + "-" + hash(q.mentionKey()).substring(0, 4);
        String name = p == null ? uscc : q.name().strip();
        index.add(new CompanyEntity(id, uscc, null, name, List.of(), false, p == null ? "other" : externalKind(p)));
        double bestScore = considered.isEmpty() ? Double.NEGATIVE_INFINITY : considered.get(0).score();
        List<ExplanationStep> why = List.of(new ExplanationStep("candidates", considered.isEmpty() ? "none" : "below_review",
                considered.isEmpty() ? "no registry or known company shares a blocking key"
                        : "best candidate scored below the review threshold", 0.0, considered.isEmpty() ? 0.0 : bestScore));
        return new Resolution(EntityType.COMPANY, id, uscc, 1.0, Method.EXTERNAL_NEW, 0.0, why, considered);
    }

    /** bank, state, foreign or other, for an organisation outside the registry. */
    static String externalKind(ParsedName p) {
        String n = p.normalized();
        if (n.contains("银行") || n.contains("信用社") || n.contains("信用合作联社")) return "bank";
        if (n.contains("国有资产") || n.contains("人民政府") || n.contains("财政") || n.contains("国资")) return "state";
        for (Region r : p.regions()) {
            if (r.code().startsWith("81") || r.code().startsWith("82") || r.code().startsWith("71")) return "foreign";
        }
        for (int i = 0; i < n.length(); i++) if (n.charAt(i) >= 'A' && n.charAt(i) <= 'Z') return "foreign";
        return "other";
    }

    static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().withUpperCase().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
