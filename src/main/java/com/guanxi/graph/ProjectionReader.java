package com.guanxi.graph;

import com.guanxi.analysis.CaseParty;
import com.guanxi.analysis.CompanyFacts;
import com.guanxi.analysis.CompanyRegistry;
import com.guanxi.analysis.GuaranteeContract;
import com.guanxi.analysis.GuaranteeProjection;
import com.guanxi.analysis.Holding;
import com.guanxi.analysis.OwnershipProjection;
import com.guanxi.analysis.PartyKind;
import com.guanxi.analysis.Serving;
import com.guanxi.ingest.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.neo4j.graphdb.GraphDatabaseService;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Loads the in-memory projections the analytics run on: the registry facts with the legal representatives, every
 * holding and every guarantee contract (the projections themselves are compact int-indexed structures), and the
 * positions and case parties the tags need. The only part of the analytics that reads the database.
 * <p>
 * When the service runs the database itself, the four inputs of a run are read by {@link ProjectionScan} (label and
 * relationship-type scans through the core API); otherwise by the {@code cypher/projection} statements through
 * {@link BulkRows} over Bolt, one list per row, each in a read transaction with the bulk timeout rather than the
 * interactive one. Positions and case parties always go through the statements (in process when possible).
 * Everything after the rows (registry, projections, kinds) is the same either way. The four inputs are read at once; a party's kind (person, registry company, outside company) is settled
 * afterwards from the labels and the registry, so no statement has to read it per row.
 */
@ApplicationScoped
public class ProjectionReader {

    /** The 法定代表人 position, as the import stores it (import-format.md, personnel.csv). */
    public static final String LEGAL_REPRESENTATIVE = "法定代表人";

    private final BulkRows rows;
    private final CypherCatalogue cypher;
    private final Supplier<Optional<ProjectionScan>> scan;

    @Inject
    ProjectionReader(ServiceBulkRows rows, CypherCatalogue cypher, EmbeddedNeo4j embedded, GraphConfig config) {
        this(rows, cypher, () -> embedded.database().map(db -> new ProjectionScan(db, config.bulkTransactionTimeout())));
    }

    private ProjectionReader(BulkRows rows, CypherCatalogue cypher, Supplier<Optional<ProjectionScan>> scan) {
        this.rows = rows;
        this.cypher = cypher;
        this.scan = scan;
    }

    /** Reading every input through {@code rows} by the Cypher statements (an external server; tools and tests). */
    public ProjectionReader(BulkRows rows, CypherCatalogue cypher) {
        this(rows, cypher, Optional::empty);
    }

    /**
     * Reading the analytics inputs by scanning {@code database} in process (see {@link ProjectionScan}) and the
     * rest (positions, case parties) through {@code rows}, as the service does when it runs the database itself.
     */
    public static ProjectionReader scanning(GraphDatabaseService database, BulkRows rows, CypherCatalogue cypher,
                                            Duration timeout) {
        ProjectionScan scan = new ProjectionScan(database, timeout);
        return new ProjectionReader(rows, cypher, () -> Optional.of(scan));
    }

    /** What one analytics run starts from, and how long each part took to read (ms; the parts overlap). */
    public record Inputs(CompanyRegistry registry, OwnershipProjection holdings, GuaranteeProjection guarantees,
                         Map<String, Long> timings) {
    }

    /** A holding as read; {@code ratio} is null when it could be neither read nor derived. */
    record HoldingRow(String holderId, boolean person, String companyId, Double ratio, LocalDate since) {
    }

    record ContractRow(String contractId, String guarantorId, boolean guarantorPerson, String borrowerId,
                       boolean borrowerPerson, double amount, LocalDate start, LocalDate end, boolean released) {
    }

    /** The rows a run's inputs are built from, however they were read. */
    record Rows(List<CompanyFacts> companies, Map<String, String> legalRepresentatives, List<HoldingRow> holdings,
                List<ContractRow> contracts) {
    }

    /**
     * Reads registry, legal representatives, holdings and guarantees at once, one transaction each, on
     * {@code executor}: by {@link ProjectionScan} when the database is in process, else by the Cypher statements.
     */
    public Inputs load(Executor executor) {
        Map<String, Long> timings = new java.util.concurrent.ConcurrentHashMap<>();
        Rows read = scan.get().map(s -> s.read(executor, timings)).orElseGet(() -> readByCypher(executor, timings));
        long t = System.nanoTime();
        List<CompanyFacts> facts = new ArrayList<>(read.companies().size());
        for (CompanyFacts f : read.companies()) {
            String rep = read.legalRepresentatives().get(f.id());
            facts.add(rep == null ? f : new CompanyFacts(f.id(), f.registeredCapital(), f.status(), rep, f.address(),
                    f.phone(), f.email()));
        }
        CompanyRegistry registry = CompanyRegistry.of(facts);
        OwnershipProjection ownership = holdings(read.holdings(), registry::contains);
        GuaranteeProjection guarantees = guarantees(read.contracts(), registry::contains);
        timings.put("buildProjections", (System.nanoTime() - t) / 1_000_000);
        Map<String, Long> ordered = new LinkedHashMap<>();
        for (String key : List.of("loadCompanies", "loadPersons", "loadLegalRepresentatives", "loadHoldings",
                "loadGuarantees", "joinScans", "buildProjections")) {
            if (timings.containsKey(key)) ordered.put(key, timings.get(key));
        }
        return new Inputs(registry, ownership, guarantees, ordered);
    }

    private Rows readByCypher(Executor executor, Map<String, Long> timings) {
        var companies = async(executor, timings, "loadCompanies", this::companyFacts);
        var legalReps = async(executor, timings, "loadLegalRepresentatives", this::legalRepresentatives);
        var holdings = async(executor, timings, "loadHoldings", this::holdingRows);
        var contracts = async(executor, timings, "loadGuarantees", this::contractRows);
        try {
            CompletableFuture.allOf(companies, legalReps, holdings, contracts).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            throw e;
        }
        return new Rows(companies.join(), legalReps.join(), holdings.join(), contracts.join());
    }

    /** Every party to every case with its role and the case's cause (empty until judgments are linked to parties). */
    public List<CaseParty> caseParties() {
        return read(Statement.PROJECTION_CASE_PARTIES, ArrayList::new, (out, row) -> out.add(new CaseParty(
                (String) row.get(0), text(row, 1, null), (String) row.get(2), text(row, 3, null))));
    }

    /** Every position of a person in a company. */
    public List<Serving> servings() {
        return read(Statement.PROJECTION_SERVINGS, ArrayList::new, (out, row) -> out.add(new Serving(
                (String) row.get(0), (String) row.get(1), text(row, 2, null))));
    }

    private List<CompanyFacts> companyFacts() {
        return read(Statement.PROJECTION_COMPANIES, ArrayList::new, (facts, row) -> {
            Money capital = null;
            if (row.get(1) != null) {
                capital = new Money(BigDecimal.valueOf(number(row, 1)), text(row, 2, Money.CNY), text(row, 3, null));
            }
            facts.add(new CompanyFacts((String) row.get(0), capital, text(row, 4, null), null,
                    text(row, 5, null), text(row, 6, null), text(row, 7, null)));
        });
    }

    /** Company id -> its legal representative; a company with several gets the smallest person id. */
    private Map<String, String> legalRepresentatives() {
        return read(Statement.PROJECTION_LEGAL_REPRESENTATIVES, HashMap::new, (reps, row) -> reps.merge(
                (String) row.get(0), (String) row.get(1), (a, b) -> a.compareTo(b) <= 0 ? a : b));
    }

    private List<HoldingRow> holdingRows() {
        return read(Statement.PROJECTION_HOLDINGS, ArrayList::new, (out, row) -> out.add(new HoldingRow(
                (String) row.get(0), (Boolean) row.get(1), (String) row.get(2),
                row.get(3) == null ? null : number(row, 3), (LocalDate) row.get(4))));
    }

    private List<ContractRow> contractRows() {
        return read(Statement.PROJECTION_GUARANTEES, ArrayList::new, (out, row) -> out.add(new ContractRow(
                (String) row.get(0), (String) row.get(1), (Boolean) row.get(2), (String) row.get(3),
                (Boolean) row.get(4), row.get(5) == null ? 0 : number(row, 5), (LocalDate) row.get(6),
                (LocalDate) row.get(7), "released".equals(text(row, 8, "active")))));
    }

    /** Holdings with a usable ratio; holdings whose ratio can be neither read nor derived are left out. */
    private static OwnershipProjection holdings(List<HoldingRow> rows, Predicate<String> registry) {
        var builder = OwnershipProjection.builder();
        for (HoldingRow r : rows) {
            if (r.ratio() == null || !(r.ratio() > 0 && r.ratio() <= 1)) continue;
            builder.add(new Holding(r.holderId(), kind(r.holderId(), r.person(), registry), r.companyId(), r.ratio(),
                    r.since()));
        }
        return builder.build();
    }

    private static GuaranteeProjection guarantees(List<ContractRow> rows, Predicate<String> registry) {
        var builder = GuaranteeProjection.builder();
        for (ContractRow r : rows) {
            builder.add(new GuaranteeContract(r.contractId(), r.guarantorId(), kind(r.guarantorId(), r.guarantorPerson(), registry),
                    r.borrowerId(), kind(r.borrowerId(), r.borrowerPerson(), registry), r.amount(), r.start(), r.end(),
                    r.released() ? GuaranteeContract.Status.RELEASED : GuaranteeContract.Status.ACTIVE));
        }
        return builder.build();
    }

    /** A person by label; otherwise a registry company when the registry has it (registry = true), else outside. */
    private static PartyKind kind(String id, boolean person, Predicate<String> registry) {
        if (person) return PartyKind.PERSON;
        return registry.test(id) ? PartyKind.COMPANY : PartyKind.EXTERNAL;
    }

    private <T> T read(Statement statement, Supplier<T> container, BiConsumer<T, List<Object>> add) {
        return rows.read(cypher.get(statement), Map.of(), container, add);
    }

    /** {@code step} on {@code executor}, its time (ms) put under {@code name}. */
    static <T> CompletableFuture<T> async(Executor executor, Map<String, Long> timings, String name, Supplier<T> step) {
        return CompletableFuture.supplyAsync(() -> {
            long t = System.nanoTime();
            T result = step.get();
            timings.put(name, (System.nanoTime() - t) / 1_000_000);
            return result;
        }, executor);
    }

    private static String text(List<Object> row, int i, String fallback) {
        Object v = row.get(i);
        return v == null ? fallback : (String) v;
    }

    private static double number(List<Object> row, int i) {
        return ((Number) row.get(i)).doubleValue();
    }
}
