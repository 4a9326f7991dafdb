package com.guanxi.decision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.guanxi.tags.Severity;
import com.guanxi.tags.Tag;
import com.guanxi.tags.TagCatalogue;
import com.guanxi.testsupport.SharedData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Shared test data: the real catalogue and rulesets, tags in the shape the tag job produces. */
final class Fixtures {
    static final TagCatalogue CATALOGUE = TagCatalogue.load();
    static final LocalDate AS_OF = LocalDate.parse("2024-06-30");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-07-01T08:00:00Z"), ZoneOffset.UTC);
    static final String APPLICANT = "91110105MAL987671Y";
    static final String GUARANTOR_1 = "91110105492465508A";
    static final String GUARANTOR_2 = "91310101231107796B";

    private Fixtures() {
    }

    static DecisionEngine defaultEngine() {
        return new DecisionEngine(RulesetRegistry.fromClasspath(CATALOGUE), CLOCK);
    }

    static Tag tag(String code, String subject) {
        return tag(code, subject, Map.of("subject", subject));
    }

    static Tag tag(String code, String subject, Map<String, ?> evidence) {
        return CATALOGUE.tag(code, subject, evidence, AS_OF, "analysis-1", "run-1");
    }

    static Tag tag(String code, Severity severity, String subject) {
        return CATALOGUE.tag(code, severity, subject, Map.of("subject", subject), AS_OF, "analysis-1", "run-1");
    }

    static DecisionRequest request(String applicant, long amountYuan, String... guarantors) {
        return new DecisionRequest("req-1", applicant, List.of(guarantors), BigDecimal.valueOf(amountYuan),
                "working-capital", AS_OF);
    }

    /** Groups tags by subject, as the lead's repository will return them. */
    static Map<String, List<Tag>> bySubject(Tag... tags) {
        Map<String, List<Tag>> map = new LinkedHashMap<>();
        for (Tag t : tags) map.computeIfAbsent(t.subjectId(), k -> new ArrayList<>()).add(t);
        return map;
    }

    /** One guarantee loop of the public sample as the independent checker found it (truth.json). */
    record TruthLoop(String subject, List<String> cycle, List<String> members) {
    }

    static TruthLoop firstTruthLoop() {
        try {
            JsonNode loop = new ObjectMapper().readTree(SharedData.samplesSmall().resolve("truth.json").toFile())
                    .path("guarantee").path("loops").get(0);
            List<String> members = new ArrayList<>();
            loop.path("members").forEach(m -> members.add(m.asText()));
            String subject = members.get(0);
            List<String> cycle = new ArrayList<>();
            loop.path("evidence").path(subject).forEach(m -> cycle.add(m.asText()));
            return new TruthLoop(subject, cycle, members);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CompiledRuleset ruleset(String yaml) {
        return CompiledRuleset.fromYaml(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml", CATALOGUE);
    }

    static DecisionEngine engineOf(CompiledRuleset champion) {
        return new DecisionEngine(RulesetRegistry.of(List.of(champion), champion.ref(), null), CLOCK);
    }
}
