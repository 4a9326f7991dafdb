package com.guanxi.resolution;

import com.guanxi.extraction.CaseNumbers;
import com.guanxi.extraction.CompanyNameParser;
import com.guanxi.extraction.JudgmentExtraction;
import com.guanxi.extraction.JudgmentExtractor;
import com.guanxi.extraction.Lexicon;
import com.guanxi.extraction.NameDefinition;
import com.guanxi.extraction.Party;
import com.guanxi.extraction.PersonOrgRecognizer;
import com.guanxi.extraction.Region;
import com.guanxi.extraction.TextMention;
import com.guanxi.extraction.TextNormalizer;
import com.guanxi.ingest.CompanyRecord;
import com.guanxi.ingest.GuaranteeRecord;
import com.guanxi.ingest.JudgmentRecord;
import com.guanxi.ingest.PersonnelRecord;
import com.guanxi.ingest.ShareholderRecord;
import com.guanxi.ingest.SourceRef;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Resolves every company and person mention of an import batch against the current state (company index,
 * person index, company graph) and updates that state. Order inside a batch: registry records (and outside
 * organisations that now match a registry company), shareholders, personnel, guarantees, judgments, then the
 * person blocks the batch touched are re-clustered.
 * <p>
 * Where mentions are taken from (truth_mentions.jsonl conventions): companies.csv legal_rep (a person);
 * shareholders/personnel company_name, else company_uscc; shareholder_name, else shareholder_uscc;
 * guarantees guarantor_name, borrower_name, creditor_name; judgments: party names (field {@code parties}),
 * representatives and body names (field {@code text}) with their offsets.
 * <p>
 * Resolving batch after batch gives what resolving all records at once, in the same order, gives: company links
 * depend only on the index (outside organisations are re-checked when registry records arrive, reported as
 * {@link EntityChange}s), and person clusters are re-computed for every name block whose context changed.
 */
public final class BatchResolver {
    private final TextNormalizer normalizer;
    private final CompanyNameParser parser;
    private final ResolutionModel model;
    private final JudgementStore judgements;
    private final CompanyIndex companies;
    private final CompanyResolver companyResolver;
    private final PersonIndex persons;
    private final CompanyGraph graph;
    private final JudgmentExtractor extractor;
    private final CaseNumbers caseNumbers;
    private static final String LEGAL_REPRESENTATIVE = "法定代表人";

    public BatchResolver(Lexicon lexicon, ResolutionModel model, JudgementStore judgements, PersonOrgRecognizer recognizer,
                         CompanyIndex companies, PersonIndex persons, CompanyGraph graph) {
        this.normalizer = lexicon.normalizer();
        this.parser = companies.parser();
        this.model = model;
        this.judgements = judgements;
        this.companies = companies;
        this.companyResolver = new CompanyResolver(companies, model.company(), judgements);
        this.persons = persons;
        this.graph = graph;
        this.extractor = new JudgmentExtractor(lexicon, recognizer);
        this.caseNumbers = new CaseNumbers(normalizer);
    }

    /** A resolver with empty state, rules-only extraction. */
    public static BatchResolver create(Lexicon lexicon, ResolutionModel model, JudgementStore judgements) {
        return create(lexicon, model, judgements, PersonOrgRecognizer.NONE, 1024);
    }

    public static BatchResolver create(Lexicon lexicon, ResolutionModel model, JudgementStore judgements,
                                       PersonOrgRecognizer recognizer, int expectedCompanies) {
        CompanyIndex index = new CompanyIndex(new CompanyNameParser(lexicon), model.company(), expectedCompanies);
        return new BatchResolver(lexicon, model, judgements, recognizer, index, new PersonIndex(), new CompanyGraph());
    }

    /**
     * Seeds the state with what the graph already holds, before a batch is resolved against it: outside
     * organisations by name, the companies' contacts and ownership links, and every stored row that named a person
     * as a mention carrying that person's id — so a person named again keeps its id (PersonIndex keeps stored ids)
     * and a namesake elsewhere stays apart. Registry companies must be in the index already (their divisions come
     * from their identifiers).
     */
    public synchronized void restore(StoredContext stored) {
        for (StoredContext.CompanyRow c : stored.companies()) {
            if (!c.registry()) {
                if (c.name() != null && !c.name().isBlank() && companies.byId(c.id()) == null) {
                    companies.add(new CompanyEntity(c.id(), c.uscc(), null, c.name(), List.of(), false,
                            CompanyResolver.externalKind(parser.parse(c.name()))));
                }
                graph.markExternal(c.id());
                continue;
            }
            CompanyEntity e = companies.byId(c.id());
            if (e != null) graph.setDivision(c.id(), e.divisionCode());
            addContacts(c.id(), c.address(), c.phone(), c.email());
        }
        for (StoredContext.Ownership o : stored.ownership()) graph.addOwnership(o.holderId(), o.companyId());
        for (StoredContext.PersonRow r : stored.persons()) {
            String name = r.name() == null ? "" : normalizer.normalizePersonName(r.name());
            if (name.isEmpty()) continue;
            String field = switch (r.type()) {
                case "HOLDS" -> "shareholder_name";
                case "GUARANTEES" -> "guarantor_name";
                default -> LEGAL_REPRESENTATIVE.equals(r.position()) ? "legal_rep" : "person_name";
            };
            // stored rows are keyed under their batch, so they never collide with the new batch's rows
            MentionRef ref = r.file() != null && r.batchId() != null
                    ? new MentionRef(r.batchId() + "/" + r.file(), r.line(), field, -1)
                    : new MentionRef("graph/" + r.personId() + "/" + r.companyId() + "/" + r.type(), 0, field, -1);
            persons.put(new PersonMention(ref, r.name(), name, Set.of(r.companyId()), Set.of(), null, persons.nextSeq()),
                    r.personId());
        }
    }

    public CompanyIndex companies() {
        return companies;
    }

    public PersonIndex persons() {
        return persons;
    }

    public CompanyGraph graph() {
        return graph;
    }

    public CompanyResolver companyResolver() {
        return companyResolver;
    }

    /** Mutable output of one batch. */
    private final class Run {
        final List<MentionResolution> companyOut = new ArrayList<>();
        final List<MentionResolution> personOut = new ArrayList<>();
        final Map<String, ReviewItem> reviews = new LinkedHashMap<>();
        final List<CompanyEntity> newExternals = new ArrayList<>();
        final List<EntityChange> changes = new ArrayList<>();
        final Set<String> touchedCompanies = new HashSet<>();
        final Set<String> affectedNames = new HashSet<>();
        final Map<String, String> roleOfPersonMention = new HashMap<>();
        final Set<String> newPersonKeys = new HashSet<>();
        final List<PendingJudgment> judgments = new ArrayList<>();

        Resolution company(SourceRef src, String nameField, String idField, String name, String uscc, String role,
                           Set<String> docEntities) {
            boolean hasName = name != null && !name.isBlank();
            if (!hasName && uscc == null) return null;
            MentionRef ref = new MentionRef(src.file(), src.line(), hasName ? nameField : idField, -1);
            CompanyResolver.Query q = new CompanyResolver.Query(ref.key(), hasName ? name : null, uscc, null, docEntities);
            Resolution r = companyResolver.resolve(q);
            record(ref, hasName ? name : uscc, role, q, r);
            return r;
        }

        void record(MentionRef ref, String raw, String role, CompanyResolver.Query q, Resolution r) {
            companyOut.add(new MentionResolution(ref, raw, role, r));
            if (r.method() == Method.EXTERNAL_NEW) {
                newExternals.add(companies.byId(r.entityId()));
                graph.markExternal(r.entityId());
            }
            if (r.method() == Method.REVIEW) {
                ReviewItem item = companyResolver.reviewItem(q, r);
                reviews.put(item.id(), item);
            }
        }

        void person(MentionRef ref, String raw, String role, Set<String> companyIds, Set<String> cases, String domicile) {
            String name = normalizer.normalizePersonName(raw);
            if (name.isEmpty()) return;
            PersonMention m = new PersonMention(ref, raw, name, companyIds, cases, domicile, persons.nextSeq());
            persons.put(m, null);
            newPersonKeys.add(ref.key());
            affectedNames.add(name);
            if (role != null) roleOfPersonMention.put(ref.key(), role);
        }
    }

    private record PendingJudgment(JudgmentRecord record, String caseId, JudgmentExtraction extraction,
                                   Map<Integer, Resolution> orgByMention) {
    }

    public synchronized BatchResult resolve(Batch batch) {
        Run run = new Run();
        registry(batch.companies(), run);
        for (ShareholderRecord r : batch.shareholders()) shareholder(r, run);
        for (PersonnelRecord r : batch.personnel()) {
            Resolution c = run.company(r.source(), "company_name", "company_uscc", r.companyName(), r.companyUscc(), null, Set.of());
            if (r.personName() != null && !r.personName().isBlank()) {
                run.person(new MentionRef(r.source().file(), r.source().line(), "person_name", -1), r.personName(), null,
                        linked(c), Set.of(), null);
            }
        }
        for (GuaranteeRecord r : batch.guarantees()) guarantee(r, run);
        for (JudgmentRecord r : batch.judgments()) judgment(r, run);
        clusterPersons(run);
        List<JudgmentResult> judgmentResults = new ArrayList<>();
        for (PendingJudgment p : run.judgments) judgmentResults.add(parties(p));
        return new BatchResult(run.companyOut, run.personOut, new ArrayList<>(run.reviews.values()), run.newExternals,
                run.changes, judgmentResults);
    }

    // ------------------------------------------------------------------ registry

    private void registry(List<CompanyRecord> records, Run run) {
        for (CompanyRecord r : records) {
            String id = r.uscc() != null ? r.uscc() : "REGNO-" + r.regNo();
            CompanyEntity e = new CompanyEntity(id, r.uscc(), r.regNo(), r.name(), r.formerNames(), true, null);
            companies.add(e);
            graph.setDivision(id, e.divisionCode());
            addContacts(id, r.address(), r.phone(), r.email());
            run.touchedCompanies.add(id);
            if (r.legalRep() != null && !r.legalRep().isBlank()) {
                run.person(new MentionRef(r.source().file(), r.source().line(), "legal_rep", -1), r.legalRep(), null,
                        Set.of(id), Set.of(), null);
            }
        }
        if (records.isEmpty()) return;
        for (CompanyEntity ext : companies.externals()) {
            CompanyEntity reg = companyResolver.registryMatch(ext);
            if (reg == null) continue;
            companies.supersede(ext.id(), reg.id());
            graph.rename(ext.id(), reg.id());
            run.affectedNames.addAll(persons.renameCompany(ext.id(), reg.id()));
            run.touchedCompanies.add(reg.id());
            run.changes.add(new EntityChange(EntityType.COMPANY, ext.id(), reg.id(), null, "outside organisation found in the registry"));
        }
    }

    // ------------------------------------------------------------------ shareholders, guarantees

    private void shareholder(ShareholderRecord r, Run run) {
        Resolution c = run.company(r.source(), "company_name", "company_uscc", r.companyName(), r.companyUscc(), null, Set.of());
        if (isPerson(r.shareholderName(), r.shareholderType(), r.shareholderUscc())) {
            run.person(new MentionRef(r.source().file(), r.source().line(), "shareholder_name", -1), r.shareholderName(),
                    null, linked(c), Set.of(), null);
            return;
        }
        Resolution s = run.company(r.source(), "shareholder_name", "shareholder_uscc", r.shareholderName(),
                r.shareholderUscc(), null, Set.of());
        if (c != null && s != null && c.linked() && s.linked()) {
            graph.addOwnership(s.entityId(), c.entityId());
            run.touchedCompanies.add(s.entityId());
            run.touchedCompanies.add(c.entityId());
        }
    }

    private void guarantee(GuaranteeRecord r, Run run) {
        Resolution b = run.company(r.source(), "borrower_name", "borrower_uscc", r.borrowerName(), r.borrowerUscc(), null, Set.of());
        if (isPerson(r.guarantorName(), null, r.guarantorUscc())) {
            run.person(new MentionRef(r.source().file(), r.source().line(), "guarantor_name", -1), r.guarantorName(), null,
                    linked(b), Set.of(), null);
        } else {
            run.company(r.source(), "guarantor_name", "guarantor_uscc", r.guarantorName(), r.guarantorUscc(), null, Set.of());
        }
        if (r.creditorName() != null && !r.creditorName().isBlank()) {
            run.company(r.source(), "creditor_name", "creditor_name", r.creditorName(), null, null, Set.of());
        }
    }

    private void addContacts(String companyId, String address, String phone, String email) {
        graph.addContact(companyId, "address", address == null ? null : normalizer.normalizeName(address));
        graph.addContact(companyId, "phone", phone == null ? null : phone.replaceAll("[^0-9]", ""));
        graph.addContact(companyId, "email", email == null ? null : email.strip().toLowerCase());
    }

    /** A holder is a person when declared 自然人, or has no USCC and a name without an organisation form. */
    boolean isPerson(String name, String declaredType, String uscc) {
        if (name == null || name.isBlank()) return false;
        if (declaredType != null && !declaredType.isBlank()) return declaredType.contains("自然人");
        if (uscc != null) return false;
        if (parser.parse(name).isOrganisation()) return false;
        String n = normalizer.normalizePersonName(name);
        boolean latin = n.chars().anyMatch(ch -> ch >= 'A' && ch <= 'Z');
        return latin || n.length() <= 4;
    }

    private static Set<String> linked(Resolution r) {
        return r != null && r.linked() ? Set.of(r.entityId()) : Set.of();
    }

    // ------------------------------------------------------------------ judgments

    private void judgment(JudgmentRecord j, Run run) {
        String text = j.text() == null ? "" : j.text();
        JudgmentExtraction ex = extractor.extract(text, companies);
        String caseId = j.caseNoNormalized() != null ? j.caseNoNormalized()
                : j.caseNo() != null ? caseNumbers.normalize(j.caseNo())
                : ex.caseNumber() != null ? ex.caseNumber() : "case:" + j.source().file() + ":" + j.source().line();
        String file = j.source().file();
        long line = j.source().line();
        Set<String> docEntities = new HashSet<>();
        Map<String, Resolution> byName = new HashMap<>();
        Map<String, String> shortNames = new HashMap<>();
        Map<String, String> formerNames = new HashMap<>();
        for (NameDefinition d : ex.definitions()) {
            Map<String, String> target = d.kind() == NameDefinition.Kind.SHORT_NAME ? shortNames : formerNames;
            target.put(normalizer.normalizeName(d.name()), normalizer.normalizeName(d.subject()));
        }
        List<TextMention> ordered = new ArrayList<>(ex.mentions());
        // parties first: their full names give the context for the body
        ordered.sort(Comparator.comparing((TextMention m) -> m.kind() != TextMention.MentionKind.PARTY).thenComparingInt(TextMention::start));
        Map<Integer, Resolution> orgByMention = new HashMap<>();
        for (TextMention m : ordered) {
            if (m.type() != TextMention.EntityKind.ORGANISATION) continue;
            MentionRef ref = new MentionRef(file, line, m.kind() == TextMention.MentionKind.PARTY ? "parties" : "text", m.start());
            String n = normalizer.normalizeName(m.text());
            CompanyResolver.Query q = new CompanyResolver.Query(ref.key(), m.text(), null, null, Set.copyOf(docEntities));
            Resolution r = byName.get(n);
            if (r == null && shortNames.containsKey(n) && byName.containsKey(shortNames.get(n))) {
                r = defined(byName.get(shortNames.get(n)), "以下简称: the document defines this short name");
            }
            if (r == null) r = companyResolver.resolve(q);
            if (!r.linked() && formerNames.containsKey(n) && byName.containsKey(formerNames.get(n))) {
                r = defined(byName.get(formerNames.get(n)), "原名: the document gives this as a former name");
            }
            if (r.linked()) {
                docEntities.add(r.entityId());
                byName.putIfAbsent(n, r);
            }
            run.record(ref, m.text(), m.kind() == TextMention.MentionKind.PARTY ? m.role() : null, q, r);
            orgByMention.put(m.start(), r);
        }
        for (TextMention m : ex.mentions()) {
            if (m.type() != TextMention.EntityKind.PERSON) continue;
            MentionRef ref = new MentionRef(file, line, m.kind() == TextMention.MentionKind.PARTY ? "parties" : "text", m.start());
            Set<String> ctx = new HashSet<>();
            String domicile = null;
            if (m.partyIndex() >= 0 && m.partyIndex() < ex.parties().size()) {
                Party p = ex.parties().get(m.partyIndex());
                if (m.kind() == TextMention.MentionKind.REPRESENTATIVE && p.isOrganisation()) {
                    Resolution r = orgByMention.get(p.name().start());
                    if (r != null && r.linked()) ctx.add(r.entityId());
                }
                if (m.kind() == TextMention.MentionKind.PARTY && p.address() != null) domicile = district(p.address());
            }
            run.person(ref, m.text(), m.kind() == TextMention.MentionKind.PARTY ? m.role() : null, ctx, Set.of(caseId), domicile);
        }
        run.judgments.add(new PendingJudgment(j, caseId, ex, orgByMention));
    }

    private static Resolution defined(Resolution subject, String why) {
        List<ExplanationStep> steps = new ArrayList<>(subject.explanation());
        steps.add(new ExplanationStep("document_definition", "defined", why, 0.0, subject.score()));
        return new Resolution(subject.entityType(), subject.entityId(), subject.uscc(), subject.confidence(),
                Method.DOCUMENT_DEFINITION, subject.score(), steps, subject.candidates());
    }

    /** The district code a domicile address starts with, or null when it names no single district. */
    private String district(String address) {
        List<Region> rs = parser.regionsAtStart(address);
        if (rs.size() != 1 || rs.get(0).level() != Region.Level.DISTRICT) return null;
        return rs.get(0).code();
    }

    private JudgmentResult parties(PendingJudgment p) {
        List<ResolvedParty> out = new ArrayList<>();
        String file = p.record().source().file();
        long line = p.record().source().line();
        for (Party party : p.extraction().parties()) {
            MentionRef ref = new MentionRef(file, line, "parties", party.name().start());
            String id;
            EntityType type;
            if (party.isOrganisation()) {
                Resolution r = p.orgByMention().get(party.name().start());
                id = r == null ? null : r.entityId();
                type = EntityType.COMPANY;
            } else {
                id = persons.personOf(ref.key());
                type = EntityType.PERSON;
            }
            String rep = party.representative() == null ? null
                    : persons.personOf(new MentionRef(file, line, "text", party.representative().start()).key());
            out.add(new ResolvedParty(party.role(), party.roleDetail(), type, id, party.name().text(), ref, rep));
        }
        return new JudgmentResult(p.record().source(), p.caseId(), p.extraction(), out);
    }

    // ------------------------------------------------------------------ persons

    private void clusterPersons(Run run) {
        int hops = model.person().limit("max_ownership_hops", 4);
        Set<String> around = new HashSet<>();
        for (String c : run.touchedCompanies) {
            around.addAll(graph.around(c, hops));
            around.addAll(graph.contactNeighbours(c, Integer.MAX_VALUE));
        }
        Set<String> names = new HashSet<>(run.affectedNames);
        names.addAll(persons.namesAt(around));
        PersonIndex.Outcome o = persons.recluster(names, graph, model.person(), judgements);
        for (PersonIndex.Assignment a : o.assignments()) {
            PersonMention m = a.mention();
            if (run.newPersonKeys.contains(m.ref().key())) {
                run.personOut.add(new MentionResolution(m.ref(), m.raw(), run.roleOfPersonMention.get(m.ref().key()),
                        personResolution(a)));
            } else if (a.previousId() != null && !Objects.equals(a.previousId(), a.personId())) {
                run.changes.add(new EntityChange(EntityType.PERSON, a.previousId(), a.personId(), m.ref().key(),
                        "person re-clustered with new context"));
            }
        }
        for (ReviewItem r : o.reviews()) run.reviews.put(r.id(), r);
        // a person id that no mention holds any more was merged into another: the graph merges the two nodes
        Set<String> current = new HashSet<>();
        Map<String, String> movedTo = new LinkedHashMap<>();
        for (PersonIndex.Assignment a : o.assignments()) {
            current.add(a.personId());
            if (a.previousId() != null) movedTo.putIfAbsent(a.previousId(), a.personId());
        }
        movedTo.forEach((from, to) -> {
            if (!current.contains(from)) {
                run.changes.add(new EntityChange(EntityType.PERSON, from, to, null, "persons merged: new context shows they are one"));
            }
        });
    }

    private static Resolution personResolution(PersonIndex.Assignment a) {
        if (a.evidence() == null) {
            List<ExplanationStep> why = List.of(new ExplanationStep("context", "none",
                    a.clusterSize() > 1 ? "linked through other mentions of this person" : "no other mention of this name shares enough context",
                    0.0, 0.0));
            return new Resolution(EntityType.PERSON, a.personId(), null, 1.0,
                    a.clusterSize() > 1 ? Method.PERSON_CONTEXT : Method.PERSON_NEW, 0.0, why, List.of());
        }
        Waterfall w = a.evidence();
        return new Resolution(EntityType.PERSON, a.personId(), null, Waterfall.probability(w.score()), Method.PERSON_CONTEXT,
                w.score(), w.steps(), List.of());
    }
}
