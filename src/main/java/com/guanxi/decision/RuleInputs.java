package com.guanxi.decision;

import com.guanxi.tags.Tag;
import dev.cel.runtime.CelVariableResolver;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The variables of one decision as CEL sees them ({@code applicant}, {@code guarantors}, {@code request}; see
 * {@link RuleExpressions}), built once per input and shared by every rule and by both rulesets of a
 * champion/challenger pair. It can also give the same variables with only some of the tags kept, which
 * {@link TagAttribution} uses to find the tags that made a rule fire.
 */
final class RuleInputs {
    /**
     * One tag of the decision: its position among all the decision's tags, its subject (0 = applicant,
     * 1.. = guarantors) and its index in that subject's tags.
     */
    record TagRef(int position, int subject, int index, Tag tag) {
        boolean ofApplicant() {
            return subject == 0;
        }
    }

    /** The three variables, resolved by name without copying (CEL would otherwise copy a map per evaluation). */
    private record Variables(Object applicant, List<Object> guarantors, Map<String, Object> request)
            implements CelVariableResolver {
        @Override
        public Optional<Object> find(String name) {
            return switch (name) {
                case "applicant" -> Optional.of(applicant);
                case "guarantors" -> Optional.of(guarantors);
                case "request" -> Optional.of(request);
                default -> Optional.empty();
            };
        }
    }

    private record Subject(String id, String role, List<Map<String, Object>> tags, Map<String, Object> features,
                           Map<String, Object> withAllTags, Map<String, Object> withoutTags) {
        static Subject of(String id, String role, List<Map<String, Object>> tags, Map<String, Object> features) {
            return new Subject(id, role, tags, features, value(id, role, tags, features),
                    value(id, role, List.of(), features));
        }

        Map<String, Object> with(List<Map<String, Object>> keptTags) {
            if (keptTags.isEmpty()) return withoutTags;
            if (keptTags.size() == tags.size()) return withAllTags;
            return value(id, role, keptTags, features);
        }

        private static Map<String, Object> value(String id, String role, List<Map<String, Object>> tags,
                                                 Map<String, Object> features) {
            return Map.of("id", id, "role", role, "tags", tags, "features", features);
        }
    }

    private final Map<String, Object> request;
    private final List<Subject> subjects;
    private final List<TagRef> tagRefs;
    private final Variables all;
    private final Variables none;

    private RuleInputs(Map<String, Object> request, List<Subject> subjects, List<TagRef> tagRefs) {
        this.request = request;
        this.subjects = subjects;
        this.tagRefs = tagRefs;
        List<Object> allGuarantors = new ArrayList<>(subjects.size());
        List<Object> bareGuarantors = new ArrayList<>(subjects.size());
        for (Subject s : subjects.subList(1, subjects.size())) {
            allGuarantors.add(s.withAllTags());
            bareGuarantors.add(s.withoutTags());
        }
        this.all = new Variables(subjects.get(0).withAllTags(), List.copyOf(allGuarantors), request);
        this.none = new Variables(subjects.get(0).withoutTags(), List.copyOf(bareGuarantors), request);
    }

    static RuleInputs of(DecisionInput input) {
        DecisionRequest r = input.request();
        Map<String, Object> request = Map.of(
                "id", text(r.requestId()),
                "applicant", r.applicant(),
                "guarantors", r.guarantors(),
                "amount", r.amount().doubleValue(),
                "product", text(r.product()),
                "asOf", r.asOf() == null ? "" : r.asOf().toString());
        List<String> ids = new ArrayList<>();
        ids.add(r.applicant());
        ids.addAll(r.guarantors());
        // The same subject may appear twice (e.g. as applicant and guarantor): convert its tags once.
        Map<String, List<Map<String, Object>>> converted = new HashMap<>();
        List<Subject> subjects = new ArrayList<>(ids.size());
        List<TagRef> refs = new ArrayList<>();
        for (int s = 0; s < ids.size(); s++) {
            String id = ids.get(s);
            List<Tag> tags = input.tagsOf(id);
            List<Map<String, Object>> values = converted.computeIfAbsent(id,
                    k -> tags.stream().map(RuleInputs::tagValue).toList());
            subjects.add(Subject.of(id, s == 0 ? "applicant" : "guarantor", values, input.featuresOf(id)));
            for (int i = 0; i < tags.size(); i++) refs.add(new TagRef(refs.size(), s, i, tags.get(i)));
        }
        return new RuleInputs(request, List.copyOf(subjects), List.copyOf(refs));
    }

    /** Every tag of the applicant and the guarantors, applicant first. */
    List<TagRef> tags() {
        return tagRefs;
    }

    /** The variables with every tag. */
    CelVariableResolver all() {
        return all;
    }

    /** The variables with no tag at all; features and request unchanged. */
    CelVariableResolver withoutTags() {
        return none;
    }

    /** The variables with this one tag and no other; features and request unchanged. */
    CelVariableResolver withOnly(TagRef ref) {
        Subject subject = subjects.get(ref.subject());
        Map<String, Object> value = subject.with(List.of(subject.tags().get(ref.index())));
        if (ref.subject() == 0) return new Variables(value, none.guarantors(), request);
        List<Object> guarantors = new ArrayList<>(none.guarantors());
        guarantors.set(ref.subject() - 1, value);
        return new Variables(none.applicant(), guarantors, request);
    }

    /** The variables with only the tags that {@code keep} accepts; features and request unchanged. */
    CelVariableResolver variables(Predicate<TagRef> keep) {
        Object applicant = null;
        List<Object> guarantors = new ArrayList<>(subjects.size() - 1);
        int r = 0;
        for (int s = 0; s < subjects.size(); s++) {
            Subject subject = subjects.get(s);
            List<Map<String, Object>> kept = new ArrayList<>(subject.tags().size());
            for (int i = 0; i < subject.tags().size(); i++, r++) {
                if (keep.test(tagRefs.get(r))) kept.add(subject.tags().get(i));
            }
            Map<String, Object> value = subject.with(kept);
            if (s == 0) applicant = value;
            else guarantors.add(value);
        }
        return new Variables(applicant, guarantors, request);
    }

    private static Map<String, Object> tagValue(Tag t) {
        return Map.of(
                "code", t.code(),
                "nameZh", t.nameZh(),
                "nameEn", t.nameEn(),
                "severity", t.severity().code(),
                "subjectId", t.subjectId(),
                "evidence", t.evidence(),
                "asOf", t.asOf().toString(),
                "version", t.version(),
                "runId", text(t.runId()));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
