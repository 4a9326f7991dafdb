package com.guanxi.decision;

import com.guanxi.tags.Severity;
import com.guanxi.tags.Tag;
import com.guanxi.tags.TagDefinition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Seeded synthetic decision inputs: random catalogue tags with evidence, features and amounts. */
public final class RandomInputs {
    private RandomInputs() {
    }

    /**
     * @param count           number of inputs
     * @param tagsPerSubject  mean tags per subject (± 2; distinct codes, at most the catalogue size)
     * @param guarantors      guarantors per request
     * @param seed            random seed
     */
    public static List<DecisionInput> generate(int count, int tagsPerSubject, int guarantors, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<TagDefinition> defs = Fixtures.CATALOGUE.definitions();
        List<DecisionInput> inputs = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            List<String> subjects = new ArrayList<>();
            subjects.add(String.format("APPL%08d", n));
            for (int g = 0; g < guarantors; g++) subjects.add(String.format("GUAR%08d-%d", n, g));
            Map<String, List<Tag>> tags = new LinkedHashMap<>();
            Map<String, Map<String, Object>> features = new HashMap<>();
            for (String subject : subjects) {
                List<TagDefinition> shuffled = new ArrayList<>(defs);
                for (int i = shuffled.size() - 1; i > 0; i--) {
                    int j = random.nextInt(i + 1);
                    TagDefinition tmp = shuffled.get(i);
                    shuffled.set(i, shuffled.get(j));
                    shuffled.set(j, tmp);
                }
                List<Tag> subjectTags = new ArrayList<>();
                int k = Math.max(0, tagsPerSubject - 2 + random.nextInt(5)); // tagsPerSubject ± 2
                for (TagDefinition d : shuffled.subList(0, Math.min(k, shuffled.size()))) {
                    Severity severity = random.nextInt(5) == 0 ? Severity.values()[random.nextInt(3)] : d.defaultSeverity();
                    subjectTags.add(Fixtures.CATALOGUE.tag(d.code(), severity, subject, Map.of(
                            "members", List.of(subject, "M" + random.nextInt(1000), "M" + random.nextInt(1000)),
                            "size", 3 + random.nextInt(20),
                            "amount", random.nextInt(1_000_000) * 100.0), Fixtures.AS_OF, "analysis-1", "run-1"));
                }
                tags.put(subject, subjectTags);
                features.put(subject, Map.of("guaranteeToCapital", random.nextDouble() * 4, "longestChain",
                        random.nextInt(8)));
            }
            DecisionRequest request = new DecisionRequest("req-" + n, subjects.get(0), subjects.subList(1, subjects.size()),
                    BigDecimal.valueOf(100_000L * (1 + random.nextInt(150))), "working-capital", Fixtures.AS_OF);
            inputs.add(new DecisionInput(request, tags, features));
        }
        return inputs;
    }
}
