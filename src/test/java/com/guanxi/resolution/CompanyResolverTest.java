package com.guanxi.resolution;

import com.fasterxml.jackson.databind.JsonNode;
import com.guanxi.extraction.CompanyNameParser;
import com.guanxi.extraction.Lexicon;
import com.guanxi.extraction.ParsedName;
import com.guanxi.ingest.CompanyRecord;
import com.guanxi.testsupport.SampleData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CompanyResolverTest {
    private final Lexicon lexicon = SampleData.lexicon();
    private final CompanyNameParser parser = new CompanyNameParser(lexicon);
    private List<CompanyRecord> registry;
    private CompanyIndex index;
    private InMemoryJudgementStore judgements;
    private CompanyResolver resolver;

    @BeforeEach
    void givenTheSampleRegistry() {
        registry = SampleData.batch("t").companies();
        index = new CompanyIndex(parser, SampleData.model().company(), 1000);
        for (CompanyRecord r : registry) {
            index.add(new CompanyEntity(r.uscc() != null ? r.uscc() : "REGNO-" + r.regNo(), r.uscc(), r.regNo(), r.name(),
                    r.formerNames(), true, null));
        }
        judgements = new InMemoryJudgementStore();
        resolver = new CompanyResolver(index, SampleData.model().company(), judgements);
    }

    private Resolution resolve(String name) {
        return resolver.resolve(new CompanyResolver.Query("test:" + name, name, null, null, Set.of()));
    }

    private static String id(CompanyRecord r) {
        return r.uscc() != null ? r.uscc() : "REGNO-" + r.regNo();
    }

    /** Cores (region-less names) held by exactly one registry company: only those can be found without region. */
    private Map<String, Integer> coreCounts() {
        Map<String, Integer> n = new HashMap<>();
        for (CompanyRecord r : registry) n.merge(parser.parse(r.name()).core(), 1, Integer::sum);
        return n;
    }

    @Test
    void shouldLinkByUsccWhateverTheNameSays() {
        CompanyRecord r = registry.get(0);
        Resolution res = resolver.resolve(new CompanyResolver.Query("k", "完全不同的名字有限公司", r.uscc(), null, Set.of()));
        assertThat(res.entityId()).isEqualTo(r.uscc());
        assertThat(res.method()).isEqualTo(Method.USCC);
    }

    @Test
    void shouldLinkARegistryCompanyWithoutUsccByItsRegistrationNumber() {
        CompanyRecord r = registry.stream().filter(c -> c.uscc() == null).findFirst().orElseThrow();
        assertThat(resolver.resolve(new CompanyResolver.Query("k", null, null, r.regNo(), Set.of())).entityId())
                .isEqualTo("REGNO-" + r.regNo());
    }

    @Test
    void shouldLinkEverySpellingVariantOfEveryRegistryName() {
        for (CompanyRecord r : registry) {
            String name = r.name();
            // Given variants made from the registry name: bracket width, spaces, traditional characters, former names
            List<String> variants = new java.util.ArrayList<>(List.of(
                    name.replace('（', '(').replace('）', ')'),
                    " " + name.substring(0, 2) + " " + name.substring(2) + " ",
                    name.replace("国", "國").replace("华", "華").replace("东", "東").replace("贸", "貿").replace("业", "業")));
            variants.addAll(r.formerNames());
            for (String v : variants) {
                // Then each resolves to the company itself
                assertThat(resolve(v).entityId()).as(v).isEqualTo(id(r));
            }
        }
    }

    @Test
    void shouldLinkANameWithoutRegionWhenOnlyOneCompanyFits() {
        Map<String, Integer> cores = coreCounts();
        int checked = 0;
        for (CompanyRecord r : registry) {
            ParsedName p = parser.parse(r.name());
            if (p.regionText().isEmpty() || cores.get(p.core()) != 1 || !r.name().startsWith(p.regionText())) continue;
            String withoutRegion = r.name().substring(p.regionText().length());
            assertThat(resolve(withoutRegion).entityId()).as(withoutRegion).isEqualTo(id(r));
            checked++;
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void shouldLinkMostNamesWithOneTypoInTheTradeName() {
        int ok = 0, total = 0;
        for (CompanyRecord r : registry) {
            ParsedName p = parser.parse(r.name());
            int at = r.name().indexOf(p.trade());
            if (p.trade().length() < 2 || at < 0) continue;
            // a character that appears in no registry trade name, so the variant names no other company
            String typo = r.name().substring(0, at) + "罡" + r.name().substring(at + 1);
            total++;
            if (id(r).equals(resolve(typo).entityId())) ok++;
        }
        assertThat((double) ok / total).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void shouldSendANameThatFitsTwoCompaniesToReviewWithBothCandidates() {
        // Given the planted name twins: two registry companies whose names differ only by region
        for (JsonNode twin : SampleData.truth().get("planted").get("name_twins")) {
            String a = twin.get(0).asText(), b = twin.get(1).asText();
            CompanyEntity ea = index.byId(a);
            ParsedName p = parser.parse(ea.name());
            String withoutRegion = ea.name().substring(ea.name().indexOf(p.trade()));
            // When only the region-less name is given
            Resolution r = resolve(withoutRegion);
            // Then nothing is guessed, and the reviewer sees both
            assertThat(r.linked()).isFalse();
            assertThat(r.method()).isEqualTo(Method.REVIEW);
            assertThat(r.candidates()).extracting(Candidate::entityId).contains(a, b);
            assertThat(resolver.reviewItem(new CompanyResolver.Query("test:" + withoutRegion, withoutRegion, null, null, Set.of()), r).reason())
                    .isEqualTo("AMBIGUOUS");
        }
    }

    @Test
    void shouldPreferTheTwinAlreadyNamedInTheSameDocument() {
        JsonNode twin = SampleData.truth().get("planted").get("name_twins").get(0);
        String a = twin.get(0).asText();
        CompanyEntity ea = index.byId(a);
        String withoutRegion = ea.name().substring(ea.name().indexOf(parser.parse(ea.name()).trade()));
        Resolution r = resolver.resolve(new CompanyResolver.Query("doc:1", withoutRegion, null, null, Set.of(a)));
        assertThat(r.entityId()).isEqualTo(a);
    }

    @Test
    void shouldGiveAnOutsideOrganisationAStableIdFromItsNormalisedName() {
        Resolution first = resolve("Summit Crest Investment Limited");
        assertThat(first.method()).isEqualTo(Method.EXTERNAL_NEW);
        assertThat(first.entityId()).startsWith("EXT-");
        // the same name, spelt with other spacing, later: the same entity
        assertThat(resolve(" Summit  Crest Investment Limited").entityId()).isEqualTo(first.entityId());
        // a fresh index (another run, another machine) derives the same id
        CompanyIndex other = new CompanyIndex(parser, SampleData.model().company(), 10);
        Resolution again = new CompanyResolver(other, SampleData.model().company(), new InMemoryJudgementStore())
                .resolve(new CompanyResolver.Query("x", "Summit Crest Investment Limited", null, null, Set.of()));
        assertThat(again.entityId()).isEqualTo(first.entityId());
    }

    @Test
    void shouldKeepOutsideOrganisationsOneCharacterApartApart() {
        // Given two organisations outside the registry whose names differ in one character of the trade name
        // (甲/乙 placeholders, numbered firms): neither name is authoritative, so the difference is no typo
        Resolution first = resolve("环链测试甲实业有限公司");
        Resolution second = resolve("环链测试乙实业有限公司");
        Resolution third = resolve("环链测试丙实业有限公司");

        // Then each is its own outside organisation, and each name finds its own again
        assertThat(List.of(first.method(), second.method(), third.method())).containsOnly(Method.EXTERNAL_NEW);
        assertThat(Set.of(first.entityId(), second.entityId(), third.entityId())).hasSize(3);
        assertThat(resolve("环链测试乙实业有限公司").entityId()).isEqualTo(second.entityId());
    }

    @Test
    void shouldStillCorrectATypoAgainstARegistryNameWhenAnOutsideNamesakeExists() {
        // Given a registry company and an outside organisation (known from an earlier batch) whose name is one
        // character from it
        CompanyRecord r = registry.stream().filter(c -> parser.parse(c.name()).trade().length() >= 3).findFirst().orElseThrow();
        int at = r.name().indexOf(parser.parse(r.name()).trade()) + 1;
        String outsideName = r.name().substring(0, at) + "罡" + r.name().substring(at + 1);
        index.add(new CompanyEntity("EXT-OUTSIDE", null, null, outsideName, List.of(), false, "other"));
        // a misspelling one character from both (龘 and 罡 appear in no registry trade name)
        String typo = r.name().substring(0, at) + "龘" + r.name().substring(at + 1);

        // When the misspelt name is seen
        Resolution res = resolve(typo);

        // Then it is the registry company, not a new outside one
        assertThat(res.entityId()).isEqualTo(id(r));
        assertThat(res.method()).isEqualTo(Method.NAME_MATCH);
    }

    @Test
    void shouldKeepTwoBranchesOfOneBankApart() {
        String a = resolve("中国工商银行股份有限公司深圳南山支行").entityId();
        String b = resolve("中国工商银行股份有限公司深圳福田支行").entityId();
        String c = resolve("中国工商银行股份有限公司深圳分行").entityId();
        assertThat(Set.of(a, b, c)).hasSize(3);
        assertThat(resolve("工行深圳南山支行").entityId()).isEqualTo(a);
    }

    @Test
    void shouldNeverLinkARejectedCandidateAgain() {
        CompanyRecord r = registry.get(5);
        String mention = "shareholders.csv:9:company_name";
        Resolution before = resolver.resolve(new CompanyResolver.Query(mention, r.name(), null, null, Set.of()));
        assertThat(before.entityId()).isEqualTo(id(r));
        judgements.record(new Judgement(mention, id(r), Judgement.Verdict.REJECT, "analyst-1", Instant.parse("2024-07-01T10:00:00Z"), "other firm"));
        Resolution after = resolver.resolve(new CompanyResolver.Query(mention, r.name(), null, null, Set.of()));
        assertThat(after.entityId()).isNotEqualTo(id(r));
        assertThat(after.candidates()).extracting(Candidate::entityId).doesNotContain(id(r));
    }

    @Test
    void shouldLinkACandidateAReviewerAccepted() {
        JsonNode twin = SampleData.truth().get("planted").get("name_twins").get(0);
        String b = twin.get(1).asText();
        CompanyEntity eb = index.byId(b);
        String withoutRegion = eb.name().substring(eb.name().indexOf(parser.parse(eb.name()).trade()));
        judgements.record(new Judgement("m:1", b, Judgement.Verdict.ACCEPT, "analyst-2", Instant.now(), null));
        Resolution r = resolver.resolve(new CompanyResolver.Query("m:1", withoutRegion, null, null, Set.of()));
        assertThat(r.entityId()).isEqualTo(b);
        assertThat(r.method()).isEqualTo(Method.JUDGEMENT);
    }

    @Test
    void shouldExplainEveryLinkAsAWaterfallThatAddsUpToItsScore() {
        CompanyRecord r = registry.get(3);
        Resolution res = resolve(r.name().substring(2));
        List<ExplanationStep> steps = res.explanation();
        assertThat(steps.get(0).comparison()).isEqualTo("prior");
        assertThat(steps.get(0).weight()).isEqualTo(SampleData.model().company().priorLog2Odds());
        double sum = 0;
        for (ExplanationStep s : steps) {
            sum += s.weight();
            assertThat(s.cumulative()).isCloseTo(sum, org.assertj.core.data.Offset.offset(1e-9));
        }
        assertThat(steps.get(steps.size() - 1).cumulative()).isCloseTo(res.score(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(res.confidence()).isCloseTo(Math.pow(2, res.score()) / (1 + Math.pow(2, res.score())), org.assertj.core.data.Offset.offset(1e-9));
        // one step per comparison of the model, after the prior
        assertThat(steps).hasSize(SampleData.model().company().comparisons().size() + 1);
    }
}
