package com.guanxi.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.guanxi.graph.BulkLoad;
import com.guanxi.graph.BulkLoader;
import com.guanxi.graph.EdgeWrite;
import com.guanxi.graph.GraphWriter.EdgeKind;
import com.guanxi.graph.GraphWriter.NodeKind;
import com.guanxi.graph.NodeWrite;
import com.guanxi.testsupport.GraphDigest;
import com.guanxi.testsupport.SharedData;
import com.guanxi.testsupport.Truth;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The command line's first import into an empty embedded database goes through Neo4j's offline importer, and must
 * leave exactly the graph the transactional import leaves ({@link GraphDigest}: labels, relationship types and counts,
 * every property — provenance file and line, fingerprints, history — all but which batch wrote a fact and when), with
 * the same rejects; importing the same folder again changes nothing, and a later delivery updates it and keeps
 * history as it does a transactional graph.
 * <p>
 * Small write batches, so that keys come back in later batches (a company's repeated row, a person named by several
 * files) and the bulk load's rules for them are exercised. Runs on a database of its own, since the other tests share
 * one that is not empty; {@link BulkLoadExactTest} runs the same with exact-name resolution.
 */
@QuarkusTest
@TestProfile(BulkLoadTest.EmptyDatabase.class)
class BulkLoadTest {

    public static class EmptyDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Path dir = Files.createTempDirectory("guanxi-bulk-test");
                Map<String, String> config = new HashMap<>(Map.of(
                        "guanxi.neo4j.embedded.data-dir", dir.resolve("neo4j").toString(),
                        "guanxi.import.work-dir", dir.resolve("imports").toString(),
                        "guanxi.import.batch-size", "40"));
                config.putAll(more());
                return config;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        protected Map<String, String> more() {
            return Map.of();
        }
    }

    @Inject
    ImportService imports;
    @Inject
    BulkLoader bulk;
    @Inject
    Driver driver;

    @Test
    void shouldLeaveTheGraphTheTransactionalImportLeaves() throws IOException {
        Path sample = SharedData.samplesSmall();
        Path later = laterDelivery();

        // Given the graph transactions leave: the sample, then a later delivery
        emptyDatabase();
        assertThat(bulk.canLoad()).as("an empty embedded database").isTrue();
        importTransactionally(sample);
        GraphDigest expected = GraphDigest.read(driver);
        importTransactionally(later);
        GraphDigest expectedLater = GraphDigest.read(driver);
        assertThat(expectedLater.nodesByLabel()).containsKey("History");

        // When the sample is loaded in bulk into the emptied database
        emptyDatabase();
        ImportBatch loaded = importInBulk(sample);

        // Then the graph and the rejects are the same
        assertSame(GraphDigest.read(driver), expected);
        JsonNode counts = Truth.get().get("counts");
        for (FileStats file : loaded.files()) {
            JsonNode truth = counts.get("files").get(file.file());
            assertThat(file.loaded()).as(file.file() + " loaded").isEqualTo(truth.get("goodRows").asLong());
            assertThat(file.rejected()).as(file.file() + " rejected").isEqualTo(truth.get("badRows").asLong());
        }

        // And importing it again (transactions: the database is no longer empty) changes nothing
        assertThat(bulk.canLoad()).isFalse();
        ImportBatch again = imports.runNow(sample, b -> {
        }, true);
        assertThat(again.state()).isEqualTo(ImportBatch.DONE);
        assertThat(batchFolder(again).resolve("bulk")).doesNotExist();
        assertSame(GraphDigest.read(driver), expected);

        // And the later delivery updates it and keeps history as it does the transactional graph
        importTransactionally(later);
        assertSame(GraphDigest.read(driver), expectedLater);
    }

    @Test
    void shouldGiveTheLaterRowsOfAKeyWhatTransactionsGiveThem() throws IOException {
        // Given the sample with a company's row repeated with other facts, and its legal representative named with
        // a space in personnel (one person, named two ways in two files)
        Path folder = Files.createTempDirectory("guanxi-bulk-repeats");
        for (String file : List.of("companies.csv", "shareholders.csv", "personnel.csv", "guarantees.csv", "judgments.jsonl")) {
            Files.copy(SharedData.samplesSmall().resolve(file), folder.resolve(file));
        }
        String company = Files.readAllLines(folder.resolve("companies.csv")).get(1);
        assertThat(company).startsWith("91120101455490325F,").contains(",郑世平,").endsWith(",批发业");
        append(folder.resolve("companies.csv"), company.replace(",批发业", ",零售业"));
        append(folder.resolve("personnel.csv"), "91120101455490325F,,郑 世平,监事");
        emptyDatabase();
        importTransactionally(folder);
        GraphDigest expected = GraphDigest.read(driver);
        assertThat(expected.nodesByLabel()).containsKey("History");

        // When it is loaded in bulk into the emptied database
        emptyDatabase();
        importInBulk(folder);

        // Then the graph is the same
        assertSame(GraphDigest.read(driver), expected);
    }

    @Test
    void shouldCarryValuesWithLineBreaksAsTransactionsDo() throws IOException {
        // Given the sample (whose judgment texts hold line breaks) with line breaks in a company's address and former
        // name, in the last name of a person, in an outside shareholder's name and in a guarantee's creditor
        Path folder = Files.createTempDirectory("guanxi-bulk-line-breaks");
        for (String file : List.of("companies.csv", "shareholders.csv", "personnel.csv", "guarantees.csv", "judgments.jsonl")) {
            Files.copy(SharedData.samplesSmall().resolve(file), folder.resolve(file));
        }
        String companies = Files.readString(folder.resolve("companies.csv"));
        assertThat(companies).contains("91310115MAF092X09D,,上海市启隆资产管理有限公司,,", ",上海市浦东新区工业园路540号A座2417室,");
        Files.writeString(folder.resolve("companies.csv"), companies
                .replace("91310115MAF092X09D,,上海市启隆资产管理有限公司,,", "91310115MAF092X09D,,上海市启隆资产管理有限公司,\"上海启隆\n投资有限公司\",")
                .replace(",上海市浦东新区工业园路540号A座2417室,", ",\"上海市浦东新区\n工业园路540号A座2417室\","));
        append(folder.resolve("personnel.csv"), "91120101455490325F,,\"郑\r\n世平\",监事");
        append(folder.resolve("shareholders.csv"), "91210102MA69N0W64J,沈阳永聚融资租赁股份有限公司,\"East\nOcean Holdings Limited\",,,10,,");
        append(folder.resolve("guarantees.csv"), "农银2023保字第999999号,卓弘坤汇置业有限责任公司,,武汉市 金桥商贸有限公司,"
                + "914201067059960398,\"中国农业银行股份有限公司\n武汉武昌支行\",500万元人民币,连带责任保证,2023年6月4日,2026-05-06,");
        emptyDatabase();
        importTransactionally(folder);
        GraphDigest expected = GraphDigest.read(driver);
        long casesWithLineBreaks = casesWithLineBreaks();
        assertThat(casesWithLineBreaks).isPositive();

        // When it is loaded in bulk into the emptied database
        emptyDatabase();
        importInBulk(folder);

        // Then the graph is the same, line breaks included
        assertSame(GraphDigest.read(driver), expected);
        assertThat(casesWithLineBreaks()).isEqualTo(casesWithLineBreaks);
        try (var session = driver.session()) {
            var stored = session.run("""
                    MATCH (c:Company {id: '91310115MAF092X09D'}), (p:Person {name: $person}), (o:Company {name: $outside})
                    MATCH ()-[g:GUARANTEES {contractId: $contract}]->()
                    RETURN c.address AS address, c.formerNames AS formerNames, count(DISTINCT p) AS persons,
                           count(DISTINCT o) AS outside,
                           g.creditor AS creditor""",
                    Map.of("person", "郑\r\n世平", "outside", "East\nOcean Holdings Limited",
                            "contract", "农银2023保字第999999号")).single();
            assertThat(stored.get("address").asString()).isEqualTo("上海市浦东新区\n工业园路540号A座2417室");
            assertThat(stored.get("formerNames").asList()).containsExactly("上海启隆\n投资有限公司");
            assertThat(stored.get("persons").asLong()).isEqualTo(1);
            assertThat(stored.get("outside").asLong()).isEqualTo(1);
            assertThat(stored.get("creditor").asString()).isEqualTo("中国农业银行股份有限公司\n武汉武昌支行");
        }
    }

    @Test
    void shouldLoadNothingWhenARelationshipEndOrANodeWouldReachTheImporterWrongly(@TempDir Path work) throws IOException {
        // Given an empty database, and write batches the import never makes: a relationship to a person no row
        // names, then a case written twice
        emptyDatabase();
        var person = new NodeWrite("P-1", Map.of("name", "郑世平"), null);
        var company = new NodeWrite("91110000000000000X", Map.of("name", "北京华盛科技有限公司"), "f");
        var serves = new EdgeWrite("P-2", "91110000000000000X", "董事", Map.of(), null);
        var kase = new NodeWrite("(2023)京0105民初1号", Map.of("court", "北京市朝阳区人民法院"), null);

        // When a load is given them
        try (BulkLoad load = bulk.open(work.resolve("endless"), 100, "B-ENDLESS", "256m")) {
            load.write(Map.of(NodeKind.PERSON, List.of(person), NodeKind.REGISTRY_COMPANY, List.of(company)),
                    Map.of(EdgeKind.SERVES, List.of(serves)));
            // Then it refuses to run the importer, and the database is still empty with its schema
            assertThatThrownBy(() -> load.finish(stage -> {
            })).isInstanceOf(IllegalStateException.class).hasMessageContaining("1 relationship ends were never written");
        }
        assertThat(bulk.canLoad()).isTrue();
        try (BulkLoad load = bulk.open(work.resolve("twice"), 100, "B-TWICE", "256m")) {
            load.write(Map.of(NodeKind.CASE, List.of(kase)), Map.of());
            // (a later row of a case is set aside by the key filter; an outside company with a registry id is not)
            assertThatThrownBy(() -> load.write(Map.of(NodeKind.EXTERNAL_COMPANY,
                    List.of(new NodeWrite("91110000000000000X", Map.of("name", "北京华盛", "sourceFile", "x.csv"), null)),
                    NodeKind.REGISTRY_COMPANY, List.of(company)), Map.of()))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("twice");
        }
        assertThat(bulk.canLoad()).isTrue();
    }

    @Test
    void shouldGiveEachPersonTheNameOfItsLastRowAsTransactionsDo(@TempDir Path work) throws IOException {
        // Given an empty database and three write batches naming three persons: P-1 renamed and renamed back, P-2
        // named alike every time, P-3 named then left without a name (person/upsert's SET += removes it)
        emptyDatabase();
        Map<String, Object> noName = new HashMap<>();
        noName.put("name", null);
        List<List<NodeWrite>> batches = List.of(
                List.of(new NodeWrite("P-1", Map.of("name", "郑世平"), null),
                        new NodeWrite("P-2", Map.of("name", "林晓东"), null),
                        new NodeWrite("P-3", Map.of("name", "陆军"), null)),
                List.of(new NodeWrite("P-1", Map.of("name", "郑 世平"), null),
                        new NodeWrite("P-2", Map.of("name", "林晓东"), null),
                        new NodeWrite("P-3", noName, null)),
                List.of(new NodeWrite("P-1", Map.of("name", "郑世平"), null)));

        // When they are loaded in bulk
        try (BulkLoad load = bulk.open(work.resolve("persons"), 100, "B-PERSONS", "256m")) {
            for (List<NodeWrite> batch : batches) load.write(Map.of(NodeKind.PERSON, batch), Map.of());
            load.finish(stage -> {
            });
        }

        // Then each person is one node with the name of its last row
        try (var session = driver.session()) {
            Map<String, Object> names = new HashMap<>();
            session.run("MATCH (p:Person:Entity) RETURN p.id AS id, p.name AS name").list()
                    .forEach(r -> names.put(r.get("id").asString(), r.get("name").asObject()));
            Map<String, Object> expected = new HashMap<>();
            expected.put("P-1", "郑世平");
            expected.put("P-2", "林晓东");
            expected.put("P-3", null);
            assertThat(names).isEqualTo(expected);
        }
        emptyDatabase();
    }

    private long casesWithLineBreaks() {
        try (var session = driver.session()) {
            return session.run("MATCH (k:Case) WHERE k.text CONTAINS '\\n' RETURN count(k) AS cases").single().get("cases").asLong();
        }
    }

    private ImportBatch importInBulk(Path folder) {
        assertThat(bulk.canLoad()).isTrue();
        ImportBatch batch = imports.runNow(folder, b -> {
        }, true);
        assertThat(batch.state()).as(String.valueOf(batch.error())).isEqualTo(ImportBatch.DONE);
        assertThat(batchFolder(batch).resolve("bulk/import.log")).as("Neo4j's importer ran").content().contains("IMPORT DONE");
        return batch;
    }

    private void importTransactionally(Path folder) {
        ImportBatch batch = imports.runNow(folder, b -> {
        }, false);
        assertThat(batch.state()).as(String.valueOf(batch.error())).isEqualTo(ImportBatch.DONE);
    }

    /** Everything but the schema version goes; the count store then says the database is empty. */
    private void emptyDatabase() {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run("MATCH (n) WHERE NOT n:SchemaVersion DETACH DELETE n"));
        }
    }

    private Path batchFolder(ImportBatch batch) {
        return imports.batchFolders().stream().filter(f -> f.getFileName().toString().equals(batch.batchId()))
                .findFirst().orElseThrow();
    }

    private static void assertSame(GraphDigest actual, GraphDigest expected) {
        assertThat(actual.differences(expected, 10)).as("elements held a different number of times (bulk / transactional)").isEmpty();
        assertThat(actual.nodesByLabel()).isEqualTo(expected.nodesByLabel());
        assertThat(actual.relationshipsByType()).isEqualTo(expected.relationshipsByType());
        assertThat(actual.checksum()).isEqualTo(expected.checksum());
    }

    /** One company's industry changed, one holding's ratio changed, one person joined. */
    private static Path laterDelivery() throws IOException {
        Path folder = Files.createTempDirectory("guanxi-bulk-later");
        Path sample = SharedData.samplesSmall();
        List<String> companies = Files.readAllLines(sample.resolve("companies.csv"));
        assertThat(companies.get(1)).startsWith("91120101455490325F,").endsWith(",批发业");
        Files.writeString(folder.resolve("companies.csv"), companies.get(0) + "\n" + companies.get(1).replace(",批发业", ",零售业") + "\n");
        List<String> holdings = Files.readAllLines(sample.resolve("shareholders.csv"));
        assertThat(holdings.get(1)).startsWith("91210102MA69N0W64J,").contains(",100,,");
        Files.writeString(folder.resolve("shareholders.csv"), holdings.get(0) + "\n" + holdings.get(1).replace(",100,,", ",60,,") + "\n");
        List<String> personnel = Files.readAllLines(sample.resolve("personnel.csv"));
        Files.writeString(folder.resolve("personnel.csv"), personnel.get(0) + "\n91120101455490325F,,林晓东,监事\n");
        return folder;
    }

    private static void append(Path file, String line) throws IOException {
        String text = Files.readString(file);
        Files.writeString(file, (text.endsWith("\n") ? "" : "\n") + line + "\n", StandardOpenOption.APPEND);
    }
}
