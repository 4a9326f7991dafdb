package com.guanxi.decision;

import com.guanxi.tags.PlainData;
import com.guanxi.tags.Tag;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything a decision is computed from, stored with the decision so that it can be replayed: the request,
 * the tags and the features of the applicant and each guarantor.
 *
 * <p>Only subjects named in the request are kept (a caller may pass the tags of a wider neighbourhood);
 * a subject without tags or features gets an empty list / map. Features are frozen to JSON-like values
 * (see {@link PlainData}): numbers become {@code Long} or {@code Double}.
 *
 * @param request  the application
 * @param tags     subject id → its tags; every tag's {@code subjectId} must equal its key
 * @param features subject id → feature name → value (e.g. {@code guaranteeToCapital: 1.8})
 */
public record DecisionInput(DecisionRequest request, Map<String, List<Tag>> tags,
                            Map<String, Map<String, Object>> features) {

    public DecisionInput {
        if (request == null) throw new IllegalArgumentException("request is required");
        Map<String, List<Tag>> allTags = tags == null ? Map.of() : tags;
        Map<String, Map<String, Object>> allFeatures = features == null ? Map.of() : features;
        Map<String, List<Tag>> keptTags = new LinkedHashMap<>();
        Map<String, Map<String, Object>> keptFeatures = new LinkedHashMap<>();
        for (String subject : subjects(request)) {
            List<Tag> subjectTags = allTags.getOrDefault(subject, List.of());
            for (Tag t : subjectTags) {
                if (!subject.equals(t.subjectId())) {
                    throw new IllegalArgumentException("tag " + t.code() + " of " + t.subjectId()
                            + " is filed under subject " + subject);
                }
            }
            keptTags.put(subject, List.copyOf(new ArrayList<>(subjectTags)));
            keptFeatures.put(subject, PlainData.freezeMap(allFeatures.get(subject)));
        }
        tags = Collections.unmodifiableMap(keptTags);
        features = Collections.unmodifiableMap(keptFeatures);
    }

    /** An input without features. */
    public static DecisionInput of(DecisionRequest request, Map<String, ? extends List<Tag>> tags) {
        return of(request, tags, Map.of());
    }

    /** An input from maps of any value types (e.g. {@code Map<String, Map<String, Double>>} features). */
    public static DecisionInput of(DecisionRequest request, Map<String, ? extends List<Tag>> tags,
                                   Map<String, ? extends Map<String, ?>> features) {
        Map<String, List<Tag>> t = new LinkedHashMap<>();
        if (tags != null) tags.forEach((k, v) -> t.put(k, v == null ? List.of() : List.copyOf(v)));
        Map<String, Map<String, Object>> f = new LinkedHashMap<>();
        if (features != null) features.forEach((k, v) -> f.put(k, PlainData.freezeMap(v)));
        return new DecisionInput(request, t, f);
    }

    public List<Tag> tagsOf(String subjectId) {
        return tags.getOrDefault(subjectId, List.of());
    }

    public Map<String, Object> featuresOf(String subjectId) {
        return features.getOrDefault(subjectId, Map.of());
    }

    private static Set<String> subjects(DecisionRequest request) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(request.applicant());
        ids.addAll(request.guarantors());
        return ids;
    }
}
