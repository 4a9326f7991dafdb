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
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the in-memory projections the analytics run on: the registry facts, every holding and every guarantee
 * contract, streamed record by record (the projections themselves are compact int-indexed structures). The only
 * part of the analytics that touches the database.
 */
@ApplicationScoped
public class ProjectionReader {

    private final Driver driver;
    private final CypherCatalogue cypher;

    ProjectionReader(Driver driver, CypherCatalogue cypher) {
        this.driver = driver;
        this.cypher = cypher;
    }

    public CompanyRegistry companies() {
        List<CompanyFacts> facts = new ArrayList<>();
        try (var session = driver.session()) {
            session.executeRead(tx -> {
                var result = tx.run(cypher.get(Statement.PROJECTION_COMPANIES));
                while (result.hasNext()) {
                    var r = result.next();
                    Money capital = null;
                    if (!r.get("capital").isNull()) {
                        capital = new Money(BigDecimal.valueOf(r.get("capital").asDouble()),
                                text(r.get("currency"), Money.CNY), text(r.get("capitalRaw"), null));
                    }
                    facts.add(new CompanyFacts(r.get("id").asString(), capital, text(r.get("status"), null),
                            text(r.get("legalRepId"), null), text(r.get("address"), null), text(r.get("phone"), null),
                            text(r.get("email"), null)));
                }
                return null;
            });
        }
        return CompanyRegistry.of(facts);
    }

    /** Every holding with a usable ratio; holdings whose ratio can be neither read nor derived are left out. */
    public OwnershipProjection holdings() {
        var builder = OwnershipProjection.builder();
        try (var session = driver.session()) {
            session.executeRead(tx -> {
                var result = tx.run(cypher.get(Statement.PROJECTION_HOLDINGS));
                while (result.hasNext()) {
                    var r = result.next();
                    if (r.get("ratio").isNull()) continue;
                    double ratio = r.get("ratio").asDouble();
                    if (!(ratio > 0 && ratio <= 1)) continue;
                    builder.add(new Holding(r.get("holderId").asString(), PartyKind.valueOf(r.get("holderKind").asString()),
                            r.get("companyId").asString(), ratio, date(r.get("since"))));
                }
                return null;
            });
        }
        return builder.build();
    }

    public GuaranteeProjection guarantees() {
        var builder = GuaranteeProjection.builder();
        try (var session = driver.session()) {
            session.executeRead(tx -> {
                var result = tx.run(cypher.get(Statement.PROJECTION_GUARANTEES));
                while (result.hasNext()) {
                    var r = result.next();
                    String status = text(r.get("status"), "active");
                    builder.add(new GuaranteeContract(r.get("contractId").asString(),
                            r.get("guarantorId").asString(), PartyKind.valueOf(r.get("guarantorKind").asString()),
                            r.get("borrowerId").asString(), PartyKind.valueOf(r.get("borrowerKind").asString()),
                            r.get("amount").isNull() ? 0 : r.get("amount").asDouble(), date(r.get("start")),
                            date(r.get("end")), "released".equals(status) ? GuaranteeContract.Status.RELEASED
                            : GuaranteeContract.Status.ACTIVE));
                }
                return null;
            });
        }
        return builder.build();
    }

    /** Every party to every case with its role and the case's cause (empty until judgments are linked to parties). */
    public List<CaseParty> caseParties() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher.get(Statement.PROJECTION_CASE_PARTIES))
                    .list(r -> new CaseParty(r.get("caseNo").asString(), text(r.get("cause"), null),
                            r.get("entityId").asString(), text(r.get("role"), null))));
        }
    }

    /** Every position of a person in a company. */
    public List<Serving> servings() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher.get(Statement.PROJECTION_SERVINGS))
                    .list(r -> new Serving(r.get("personId").asString(), r.get("companyId").asString(),
                            text(r.get("position"), null))));
        }
    }

    private static String text(Value v, String fallback) {
        return v == null || v.isNull() ? fallback : v.asString();
    }

    private static LocalDate date(Value v) {
        return v == null || v.isNull() ? null : v.asLocalDate();
    }
}
