package com.guanxi.graph;

import com.guanxi.resolution.RegistrySnapshot;
import com.guanxi.resolution.StoredContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads companies: search, lookup, history, and the registry snapshot the resolver starts from. */
@ApplicationScoped
public class CompanyRepository {

    private final Driver driver;
    private final CypherCatalogue cypher;

    CompanyRepository(Driver driver, CypherCatalogue cypher) {
        this.driver = driver;
        this.cypher = cypher;
    }

    public record SearchHit(String id, String uscc, String name, List<String> formerNames, String status, double score) {
    }

    public record HistoryEntry(String facts, String supersededByBatch, String supersededAt) {
    }

    public RegistrySnapshot registrySnapshot() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> new RegistrySnapshot(tx.run(cypher.get(Statement.COMPANY_REGISTRY_KEYS))
                    .list(r -> new RegistrySnapshot.Entry(string(r.get("id")), string(r.get("uscc")),
                            string(r.get("regNo")), string(r.get("name")), r.get("formerNames").asList(Value::asString)))));
        }
    }

    /** What resolving a new batch needs besides the registry names (full resolution mode only: it reads every person row). */
    public StoredContext storedContext() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                var persons = tx.run(cypher.get(Statement.RESOLUTION_PERSON_MENTIONS)).list(r -> new StoredContext.PersonRow(
                        string(r.get("personId")), string(r.get("name")), r.get("type").asString(), string(r.get("position")),
                        r.get("companyId").asString(), string(r.get("batchId")), string(r.get("file")),
                        r.get("line").isNull() ? 0 : r.get("line").asLong()));
                var companies = tx.run(cypher.get(Statement.RESOLUTION_COMPANY_CONTEXT)).list(r -> new StoredContext.CompanyRow(
                        r.get("id").asString(), string(r.get("uscc")), string(r.get("name")), r.get("registry").asBoolean(),
                        string(r.get("address")), string(r.get("phone")), string(r.get("email"))));
                var ownership = tx.run(cypher.get(Statement.RESOLUTION_COMPANY_OWNERSHIP)).list(r -> new StoredContext.Ownership(
                        r.get("holderId").asString(), r.get("companyId").asString()));
                return new StoredContext(persons, companies, ownership);
            });
        }
    }

    /** Full-text search; {@code luceneQuery} must already be escaped by the caller. */
    public List<SearchHit> search(String luceneQuery, int limit) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher.get(Statement.COMPANY_SEARCH),
                    Map.of("query", luceneQuery, "limit", limit)).list(r -> new SearchHit(string(r.get("id")),
                    string(r.get("uscc")), string(r.get("name")), r.get("formerNames").asList(Value::asString),
                    string(r.get("status")), r.get("score").asDouble())));
        }
    }

    public List<SearchHit> byIdentifier(String identifier) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher.get(Statement.COMPANY_BY_IDENTIFIER),
                    Map.of("identifier", identifier)).list(r -> new SearchHit(string(r.get("id")),
                    string(r.get("uscc")), string(r.get("name")), r.get("formerNames").asList(Value::asString),
                    string(r.get("status")), 100.0)));
        }
    }

    /** The company's properties as plain JSON-friendly values (dates as ISO strings). */
    public Optional<Map<String, Object>> byId(String id) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                var result = tx.run(cypher.get(Statement.COMPANY_BY_ID), Map.of("id", id));
                if (!result.hasNext()) return Optional.empty();
                var record = result.next();
                Map<String, Object> props = new LinkedHashMap<>();
                record.get("company").asMap(v -> plain(v.asObject())).forEach(props::put);
                props.put("labels", record.get("labels").asList(Value::asString));
                return Optional.of(props);
            });
        }
    }

    public List<HistoryEntry> history(String id) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher.get(Statement.COMPANY_HISTORY), Map.of("id", id))
                    .list(r -> new HistoryEntry(string(r.get("facts")), string(r.get("supersededByBatch")),
                            string(r.get("supersededAt")))));
        }
    }

    static Object plain(Object value) {
        if (value instanceof TemporalAccessor t) return t.toString();
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(plain(v)));
            return out;
        }
        return value;
    }

    static String string(Value value) {
        return value == null || value.isNull() ? null : value.asString();
    }
}
