package com.guanxi.ingest;

import com.guanxi.graph.EdgeWrite;
import com.guanxi.graph.GraphWriter;
import com.guanxi.graph.GraphWriter.EdgeKind;
import com.guanxi.graph.GraphWriter.NodeKind;
import com.guanxi.graph.NodeWrite;
import com.guanxi.resolution.EntityLinker;
import com.guanxi.resolution.Link;
import com.guanxi.resolution.MentionContext;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Turns validated records into graph writes: links every name through the {@link EntityLinker}, records each
 * resolution, and writes in batches (nodes before the relationships that need them). Provenance (batch, file,
 * line) goes on every node and relationship; the fingerprint of the facts alone decides whether history is kept.
 */
final class GraphImportSink implements IngestSink, AutoCloseable {

    static final String LEGAL_REPRESENTATIVE = "法定代表人";

    /** Where a full write batch goes: the transactional writer, or a bulk load's files. */
    interface Target {
        void write(Map<NodeKind, Collection<NodeWrite>> nodes, Map<EdgeKind, Collection<EdgeWrite>> edges);

        static Target transactional(GraphWriter writer, String batchId) {
            return (nodes, edges) -> {
                nodes.forEach((kind, rows) -> writer.writeNodes(kind, new ArrayList<>(rows), batchId));
                edges.forEach((kind, rows) -> writer.writeEdges(kind, new ArrayList<>(rows), batchId));
            };
        }
    }

    private final Target target;
    private final EntityLinker linker;
    private final ImportJournal journal;
    private final String batchId;
    private final int batchSize;
    private final ParallelWriters writers;
    private final boolean recordResolutions;

    /** The rows of the write batch being filled, by kind and key; handed over whole, then started afresh. */
    private Map<NodeKind, Map<String, NodeWrite>> nodes = new EnumMap<>(NodeKind.class);
    private Map<EdgeKind, Map<String, EdgeWrite>> edges = new EnumMap<>(EdgeKind.class);
    private final java.util.Set<String> externalsSeen = new java.util.HashSet<>();
    private int pending;

    GraphImportSink(Target target, EntityLinker linker, ImportJournal journal, String batchId, int batchSize,
                    ParallelWriters writers, boolean recordResolutions) {
        this.writers = writers;
        this.recordResolutions = recordResolutions;
        this.target = target;
        this.linker = linker;
        this.journal = journal;
        this.batchId = batchId;
        this.batchSize = batchSize;
    }

    @Override
    public void company(CompanyRecord r) {
        linker.registerCompany(r);
        String id = EntityLinker.registryId(r);
        Map<String, Object> facts = new TreeMap<>();
        facts.put("uscc", r.uscc());
        facts.put("regNo", r.regNo());
        facts.put("name", r.name());
        facts.put("nameNorm", Normalizer.name(r.name()));
        facts.put("formerNames", r.formerNames());
        facts.put("formerNamesText", r.formerNames().isEmpty() ? null : String.join(" ", r.formerNames()));
        facts.put("legalRep", r.legalRep());
        if (r.registeredCapital() != null) {
            facts.put("registeredCapital", r.registeredCapital().amount().doubleValue());
            facts.put("currency", r.registeredCapital().currency());
            facts.put("registeredCapitalRaw", r.registeredCapital().raw());
        } else {
            facts.put("registeredCapital", null);
            facts.put("currency", null);
            facts.put("registeredCapitalRaw", null);
        }
        facts.put("established", r.established());
        facts.put("status", r.status());
        facts.put("companyType", r.companyType());
        facts.put("address", r.address());
        facts.put("phone", r.phone());
        facts.put("email", r.email());
        facts.put("industry", r.industry());
        putExtra(facts, r.extra());
        String fingerprint = fingerprint(facts);
        node(NodeKind.REGISTRY_COMPANY, id, withProvenance(facts, r.source()), fingerprint);
        if (r.legalRep() != null) {
            Link rep = linker.person(r.legalRep(), new MentionContext(r.source(), "legal_rep", id));
            record(r.source(), "legal_rep", r.legalRep(), rep);
            person(rep, r.source());
            edge(EdgeKind.SERVES, rep.entityId(), id, LEGAL_REPRESENTATIVE, provenance(r.source()), null);
        }
        flushIfFull();
    }

    @Override
    public void shareholder(ShareholderRecord r) {
        Link company = linker.company(r.companyName(), r.companyUscc(),
                new MentionContext(r.source(), r.companyUscc() != null ? "company_uscc" : "company_name", null));
        record(r.source(), r.companyUscc() != null && r.companyName() == null ? "company_uscc" : "company_name",
                r.companyName() != null ? r.companyName() : r.companyUscc(), company);
        ensure(company, r.source());
        Link holder = linker.party(r.shareholderName(), r.shareholderUscc(), r.shareholderType(),
                new MentionContext(r.source(), "shareholder_name", company.entityId()));
        record(r.source(), "shareholder_name", r.shareholderName(), holder);
        ensure(holder, r.source());
        Map<String, Object> facts = new TreeMap<>();
        facts.put("ratio", r.ratio() == null ? null : r.ratio().doubleValue());
        facts.put("subscribedCapital", r.subscribedCapital() == null ? null : r.subscribedCapital().amount().doubleValue());
        facts.put("subscribedCurrency", r.subscribedCapital() == null ? null : r.subscribedCapital().currency());
        facts.put("since", r.since());
        facts.put("shareholderType", r.shareholderType());
        putExtra(facts, r.extra());
        String fingerprint = fingerprint(facts);
        edge(EdgeKind.HOLDS, holder.entityId(), company.entityId(), null, withProvenance(facts, r.source()), fingerprint);
        flushIfFull();
    }

    @Override
    public void personnel(PersonnelRecord r) {
        Link company = linker.company(r.companyName(), r.companyUscc(),
                new MentionContext(r.source(), r.companyUscc() != null ? "company_uscc" : "company_name", null));
        record(r.source(), r.companyName() != null ? "company_name" : "company_uscc",
                r.companyName() != null ? r.companyName() : r.companyUscc(), company);
        ensure(company, r.source());
        Link person = linker.person(r.personName(), new MentionContext(r.source(), "person_name", company.entityId()));
        record(r.source(), "person_name", r.personName(), person);
        person(person, r.source());
        Map<String, Object> props = new TreeMap<>();
        putExtra(props, r.extra());
        edge(EdgeKind.SERVES, person.entityId(), company.entityId(), r.position(), withProvenance(props, r.source()), null);
        flushIfFull();
    }

    @Override
    public void guarantee(GuaranteeRecord r) {
        Link borrower = linker.party(r.borrowerName(), r.borrowerUscc(), null,
                new MentionContext(r.source(), "borrower_name", null));
        record(r.source(), "borrower_name", r.borrowerName(), borrower);
        ensure(borrower, r.source());
        Link guarantor = linker.party(r.guarantorName(), r.guarantorUscc(), null,
                new MentionContext(r.source(), "guarantor_name", borrower.entityId()));
        record(r.source(), "guarantor_name", r.guarantorName(), guarantor);
        ensure(guarantor, r.source());
        Link creditor = null;
        if (r.creditorName() != null) {
            creditor = linker.company(r.creditorName(), null, new MentionContext(r.source(), "creditor_name", null));
            record(r.source(), "creditor_name", r.creditorName(), creditor);
            ensure(creditor, r.source());
        }
        Map<String, Object> facts = new TreeMap<>();
        facts.put("contractId", r.contractId());
        facts.put("amount", r.amount().amount().doubleValue());
        facts.put("currency", r.amount().currency());
        facts.put("amountRaw", r.amount().raw());
        facts.put("type", r.guaranteeType());
        facts.put("creditor", r.creditorName());
        facts.put("creditorId", creditor == null ? null : creditor.entityId());
        facts.put("start", r.startDate());
        facts.put("end", r.endDate());
        facts.put("status", r.status());
        putExtra(facts, r.extra());
        String contractKey = r.contractId() + "|" + (creditor == null ? "" : creditor.entityId());
        String fingerprint = fingerprint(facts);
        edge(EdgeKind.GUARANTEES, guarantor.entityId(), borrower.entityId(), contractKey,
                withProvenance(facts, r.source()), fingerprint);
        flushIfFull();
    }

    @Override
    public void judgment(JudgmentRecord r) {
        Map<String, Object> facts = new TreeMap<>();
        facts.put("caseNoRaw", r.caseNo());
        facts.put("court", r.court());
        facts.put("date", r.date());
        facts.put("cause", r.cause());
        facts.put("docType", r.docType());
        facts.put("text", r.text());
        putExtra(facts, r.extra());
        node(NodeKind.CASE, r.caseNoNormalized(), withProvenance(facts, r.source()), null);
        for (var party : linker.judgmentParties(r)) {
            ensure(party.link(), r.source());
            Map<String, Object> props = new TreeMap<>();
            props.put("raw", party.raw());
            props.put("confidence", party.link().confidence());
            edge(EdgeKind.PARTY_TO, party.link().entityId(), r.caseNoNormalized(), party.role(),
                    withProvenance(props, r.source()), null);
        }
        flushIfFull();
    }

    @Override
    public void reject(Reject r) {
        journal.reject(r);
    }

    @Override
    public void close() {
        drain();
    }

    /**
     * Hands the buffered rows to the writers as one self-contained batch: it writes the nodes its relationships
     * need itself (MERGE), so batches of one file may be written concurrently. Registry companies come from an
     * earlier file, which {@link #drain()} completes first.
     */
    private void submit() {
        Map<NodeKind, Collection<NodeWrite>> batchNodes = new EnumMap<>(NodeKind.class);
        nodes.forEach((kind, rows) -> batchNodes.put(kind, rows.values()));
        Map<EdgeKind, Collection<EdgeWrite>> batchEdges = new EnumMap<>(EdgeKind.class);
        edges.forEach((kind, rows) -> batchEdges.put(kind, rows.values()));
        // The maps go with the batch (no copy); the next batch gets new ones.
        nodes = new EnumMap<>(NodeKind.class);
        edges = new EnumMap<>(EdgeKind.class);
        pending = 0;
        writers.submit(() -> target.write(batchNodes, batchEdges));
    }

    /** A batch's map of one kind, sized so that a full batch's rows fit without rehashing. */
    private <V> Map<String, V> batchMap() {
        return new LinkedHashMap<>((int) (batchSize / 0.75f) + 1);
    }

    /** Writes everything buffered and waits until every submitted batch is in the graph. */
    void drain() {
        submit();
        writers.awaitAll();
    }

    private void flushIfFull() {
        if (pending >= batchSize) submit();
    }

    private void record(SourceRef source, String field, String raw, Link link) {
        if (recordResolutions) journal.resolution(source, field, raw, link);
    }

    private void ensure(Link link, SourceRef source) {
        if (link.isCompany()) {
            if (!link.registry()) {
                Map<String, Object> props = new HashMap<>();
                props.put("name", link.name());
                props.put("nameNorm", Normalizer.name(link.name()));
                props.put("uscc", link.uscc());
                // Only the batch's first mention (in reading order) carries where the company was seen, and sets it
                // whichever write commits first: concurrent writers, or a run after an interrupted one, give the
                // same provenance as one writer would.
                boolean first = externalsSeen.add(link.entityId());
                node(NodeKind.EXTERNAL_COMPANY, link.entityId(), first ? withProvenance(props, source) : props, null);
            }
        } else {
            person(link, source);
        }
    }

    private void person(Link link, SourceRef source) {
        Map<String, Object> props = new HashMap<>();
        props.put("name", link.name());
        // Several rows name the same person; the first one is where the person was first seen.
        nodes.computeIfAbsent(NodeKind.PERSON, k -> batchMap())
                .putIfAbsent(link.entityId(), new NodeWrite(link.entityId(), props, null));
    }

    private void node(NodeKind kind, String id, Map<String, Object> props, String fingerprint) {
        var batch = nodes.computeIfAbsent(kind, k -> batchMap());
        if (kind == NodeKind.EXTERNAL_COMPANY) {
            batch.putIfAbsent(id, new NodeWrite(id, props, fingerprint));
        } else {
            batch.put(id, new NodeWrite(id, props, fingerprint));
            pending++;
        }
    }

    /** Within a write batch the last row for a key wins, as it would had the rows been written one by one. */
    private void edge(EdgeKind kind, String from, String to, String key, Map<String, Object> props, String fingerprint) {
        String identity = from + '\u0001' + to + '\u0001' + key;
        edges.computeIfAbsent(kind, k -> batchMap()).put(identity, new EdgeWrite(from, to, key, props, fingerprint));
        pending++;
    }

    /**
     * The row's own map with its provenance added (no copy: millions of rows), so its fingerprint is taken first —
     * provenance is not a fact.
     */
    private static Map<String, Object> withProvenance(Map<String, Object> facts, SourceRef source) {
        facts.put("batchId", source.batchId());
        facts.put("sourceFile", source.file());
        facts.put("sourceLine", source.line());
        return facts;
    }

    private static Map<String, Object> provenance(SourceRef source) {
        return Map.of("batchId", source.batchId(), "sourceFile", source.file(), "sourceLine", source.line());
    }

    /** Unknown columns are kept as properties under a prefix so they never clash with the canonical ones. */
    private static void putExtra(Map<String, Object> facts, Map<String, String> extra) {
        if (extra != null) extra.forEach((k, v) -> facts.put("x_" + k, v));
    }

    /**
     * SHA-256 of the facts in key order; a fact map is a TreeMap already, so no sorted copy is made of it. The bytes
     * are gathered first and digested in one call (a call per key and value cost more than the hashing).
     */
    static String fingerprint(Map<String, Object> facts) {
        SortedMap<String, Object> sorted = facts instanceof SortedMap<String, Object> s && s.comparator() == null
                ? s : new TreeMap<>(facts);
        Fingerprinter f = FINGERPRINTER.get();
        f.length = 0;
        for (var e : sorted.entrySet()) {
            f.append(e.getKey().getBytes(StandardCharsets.UTF_8));
            f.append((byte) 0);
            f.append(canonical(e.getValue()).getBytes(StandardCharsets.UTF_8));
            f.append((byte) 1);
        }
        // digest() leaves the digest reset for the next row.
        f.sha256.update(f.bytes, 0, f.length);
        return HexFormat.of().formatHex(f.sha256.digest(), 0, 16);
    }

    /** A digest and a byte buffer per thread: looking a digest up by name for every row costs more than hashing it. */
    private static final class Fingerprinter {
        final MessageDigest sha256;
        byte[] bytes = new byte[1024];
        int length;

        Fingerprinter() {
            try {
                sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        void append(byte[] more) {
            if (length + more.length > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more.length));
            System.arraycopy(more, 0, bytes, length, more.length);
            length += more.length;
        }

        void append(byte b) {
            if (length == bytes.length) bytes = Arrays.copyOf(bytes, bytes.length * 2);
            bytes[length++] = b;
        }
    }

    private static final ThreadLocal<Fingerprinter> FINGERPRINTER = ThreadLocal.withInitial(Fingerprinter::new);

    private static String canonical(Object value) {
        if (value == null) return "";
        if (value instanceof BigDecimal d) return d.stripTrailingZeros().toPlainString();
        if (value instanceof LocalDate d) return d.toString();
        if (value instanceof List<?> l) return String.join("\u0002", l.stream().map(GraphImportSink::canonical).toList());
        return value.toString();
    }
}
