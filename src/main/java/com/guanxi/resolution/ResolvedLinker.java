package com.guanxi.resolution;

import com.guanxi.ingest.CompanyRecord;
import com.guanxi.ingest.JudgmentRecord;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Links mentions by the entity resolver's answers for the whole batch, computed before the batch is written. A
 * mention the resolver left in review (two candidates fit equally) is not guessed: it becomes an entity of its own,
 * through the exact-name baseline, until a reviewer decides.
 */
public final class ResolvedLinker implements EntityLinker {

    private final Map<String, Resolution> byMention = new HashMap<>();
    private final Map<String, JudgmentResult> judgments = new HashMap<>();
    private final ExactNameLinker fallback;

    public ResolvedLinker(BatchResult result, ExactNameLinker fallback) {
        this.fallback = fallback;
        for (var m : result.companyMentions()) byMention.putIfAbsent(key(m.ref().file(), m.ref().line(), m.ref().field()), m.resolution());
        for (var m : result.personMentions()) byMention.putIfAbsent(key(m.ref().file(), m.ref().line(), m.ref().field()), m.resolution());
        for (var j : result.judgments()) judgments.put(j.source().file() + ":" + j.source().line(), j);
    }

    @Override
    public void registerCompany(CompanyRecord company) {
        fallback.registerCompany(company);
    }

    @Override
    public Link company(String name, String uscc, MentionContext context) {
        Resolution r = lookup(context);
        return r != null && r.linked() && r.entityType() == EntityType.COMPANY ? link(r, name)
                : fallback.company(name, uscc, context);
    }

    @Override
    public Link person(String name, MentionContext context) {
        Resolution r = lookup(context);
        return r != null && r.linked() && r.entityType() == EntityType.PERSON ? link(r, name)
                : fallback.person(name, context);
    }

    @Override
    public Link party(String name, String uscc, String declaredType, MentionContext context) {
        Resolution r = lookup(context);
        return r != null && r.linked() ? link(r, name) : fallback.party(name, uscc, declaredType, context);
    }

    @Override
    public List<PartyLink> judgmentParties(JudgmentRecord judgment) {
        JudgmentResult result = judgments.get(judgment.source().file() + ":" + judgment.source().line());
        if (result == null) return List.of();
        List<PartyLink> out = new ArrayList<>();
        for (ResolvedParty party : result.parties()) {
            if (party.entityId() == null) continue;
            String type = party.entityType() == EntityType.PERSON ? Link.PERSON : Link.COMPANY;
            boolean registry = type.equals(Link.COMPANY) && !party.entityId().startsWith("EXT-");
            out.add(new PartyLink(party.role(), party.raw(), new Link(type, party.entityId(),
                    registry && !party.entityId().startsWith("REGNO-") ? party.entityId() : null, party.raw(),
                    0.95, "judgment_party", registry)));
        }
        return out;
    }

    /** The resolver keys a CSV mention by its column; a company named by both USCC and name may sit under either. */
    private Resolution lookup(MentionContext context) {
        String file = context.source().file();
        long line = context.source().line();
        Resolution r = byMention.get(key(file, line, context.field()));
        if (r != null) return r;
        String field = context.field();
        String other = field.endsWith("_uscc") ? field.replace("_uscc", "_name")
                : field.endsWith("_name") ? field.replace("_name", "_uscc") : null;
        return other == null ? null : byMention.get(key(file, line, other));
    }

    private static Link link(Resolution r, String name) {
        boolean registry = r.entityType() == EntityType.COMPANY && !r.entityId().startsWith("EXT-");
        return new Link(r.entityType() == EntityType.PERSON ? Link.PERSON : Link.COMPANY, r.entityId(), r.uscc(), name,
                Math.max(0, Math.min(1, r.confidence())), r.method().name().toLowerCase(Locale.ROOT), registry);
    }

    private static String key(String file, long line, String field) {
        return file + ":" + line + ":" + field;
    }
}
