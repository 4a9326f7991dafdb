package com.guanxi.graph;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.batchimport.api.InputIterable;
import org.neo4j.batchimport.api.input.InputEntityVisitor;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the importer reads back from a bulk load's rows is what was written, value for value, and nothing else. */
class ImportRowsTest {

    /** A row as the importer's visitor hears it. */
    record Heard(long id, List<String> labels, long from, long to, String type, Map<String, Object> props) {
    }

    @Test
    void shouldGiveTheImporterEveryValueVerbatimWithItsType(@TempDir Path dir) throws IOException {
        // Given node rows holding hostile text, line breaks, quotes, a character outside the BMP, every type, a
        // null and an empty list (no property), and a row refused half-way for a value no property can hold
        ImportRows rows = new ImportRows(dir.resolve("nodes.bin"), false);
        int company = rows.labelSet("Company", "Entity");
        int kase = rows.labelSet("Case");
        Map<String, Object> hostile = new LinkedHashMap<>();
        hostile.put("name", "\"华盛\", MATCH (n) DETACH DELETE n; <script>alert(1)</script>");
        hostile.put("text", "第一行\r\n第二行\n\"引号\",逗号\u001F𠀀");
        hostile.put("capital", 1.5e7);
        hostile.put("line", 42);
        hostile.put("big", Long.MIN_VALUE);
        hostile.put("registry", true);
        hostile.put("closed", false);
        hostile.put("established", LocalDate.of(1998, 3, 31));
        hostile.put("formerNames", List.of("上海启隆\n投资有限公司", "", "a,b"));
        hostile.put("phone", null);
        hostile.put("emails", List.of());
        rows.beginNode(7, company);
        rows.property("id", "91310115MAF092X09D");
        assertThat(rows.properties(hostile)).isTrue();
        rows.commit();

        rows.beginNode(8, kase);
        rows.property("caseNo", "(2023)京0105民初1号");
        assertThat(rows.properties(Map.of("court", "北京", "amount", new java.math.BigDecimal("1.5")))).isFalse();
        rows.rollback();

        rows.beginNode(9, kase);
        assertThat(rows.property("court", "北京市朝阳区人民法院")).isTrue();
        assertThat(rows.property("parties", List.of("张三", 3))).isFalse();
        rows.rollback();
        rows.close();

        // When the importer reads them
        List<Heard> heard = readAll(rows.input());

        // Then it hears the one committed row, each value as written and typed as Neo4j stores it
        Map<String, Object> expected = new HashMap<>();
        expected.put("id", "91310115MAF092X09D");
        expected.put("name", hostile.get("name"));
        expected.put("text", hostile.get("text"));
        expected.put("capital", 1.5e7);
        expected.put("line", 42L);
        expected.put("big", Long.MIN_VALUE);
        expected.put("registry", true);
        expected.put("closed", false);
        expected.put("established", LocalDate.of(1998, 3, 31));
        expected.put("formerNames", List.of("上海启隆\n投资有限公司", "", "a,b"));
        assertThat(heard).containsExactly(new Heard(7, List.of("Company", "Entity"), -1, -1, null, expected));
        assertThat(rows.rows()).isEqualTo(1);
        assertThat(rows.properties()).isEqualTo(expected.size());
    }

    @Test
    void shouldGiveEveryRowOfManyBlocksOnceToThreadsReadingTogether(@TempDir Path dir) throws Exception {
        // Given relationship rows filling several blocks, some with a text longer than a block
        ImportRows rows = new ImportRows(dir.resolve("relationships.bin"), true);
        int holds = rows.type("HOLDS");
        int serves = rows.type("SERVES");
        Random random = new Random(7);
        List<Heard> written = new ArrayList<>();
        for (int i = 0; i < 40_000; i++) {
            Map<String, Object> props = new HashMap<>();
            props.put("sourceLine", (long) i);
            props.put("ratio", random.nextDouble());
            props.put("note", "股东" + "甲".repeat(random.nextInt(i % 5000 == 0 ? 700_000 : 40)));
            boolean isHolds = random.nextBoolean();
            rows.beginRelationship(i, Integer.MAX_VALUE - i, isHolds ? holds : serves);
            assertThat(rows.properties(props)).isTrue();
            rows.commit();
            written.add(new Heard(-1, null, i, Integer.MAX_VALUE - i, isHolds ? "HOLDS" : "SERVES", props));
        }
        rows.close();

        // When four threads read them as the importer's do
        InputIterable input = rows.input();
        var iterator = input.iterator();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Future<List<Heard>>> parts = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            parts.add(threads.submit(() -> {
                List<Heard> part = new ArrayList<>();
                var chunk = iterator.newChunk();
                var visitor = new Recorder(part);
                while (iterator.next(chunk)) {
                    while (chunk.next(visitor)) {
                        // each row is recorded by the visitor
                    }
                }
                return part;
            }));
        }
        List<Heard> heard = new ArrayList<>();
        for (var part : parts) heard.addAll(part.get());
        threads.shutdown();
        iterator.close();

        // Then every row is heard exactly once, as written
        heard.sort((a, b) -> Long.compare(a.from(), b.from()));
        assertThat(heard).isEqualTo(written);
    }

    @Test
    void shouldRefuseToBeReadBeforeEveryRowIsWritten(@TempDir Path dir) {
        ImportRows rows = new ImportRows(dir.resolve("nodes.bin"), false);
        assertThatThrownBy(rows::input).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> rows.beginRelationship(1, 2, 0)).isInstanceOf(IllegalStateException.class);
        rows.close();
    }

    private static List<Heard> readAll(InputIterable input) throws IOException {
        List<Heard> heard = new ArrayList<>();
        try (var iterator = input.iterator()) {
            var chunk = iterator.newChunk();
            var visitor = new Recorder(heard);
            while (iterator.next(chunk)) {
                while (chunk.next(visitor)) {
                    // recorded
                }
            }
        }
        return heard;
    }

    /** Records each entity the rows hand over; arrays become lists so that rows compare by value. */
    private static final class Recorder extends InputEntityVisitor.Adapter {
        private final List<Heard> heard;
        private long id = -1, from = -1, to = -1;
        private List<String> labels;
        private String type;
        private Map<String, Object> props = new HashMap<>();

        Recorder(List<Heard> heard) {
            this.heard = heard;
        }

        @Override
        public boolean id(long id) {
            this.id = id;
            return true;
        }

        @Override
        public boolean labels(String[] labels) {
            this.labels = Collections.unmodifiableList(Arrays.asList(labels.clone()));
            return true;
        }

        @Override
        public boolean startId(long id) {
            from = id;
            return true;
        }

        @Override
        public boolean endId(long id) {
            to = id;
            return true;
        }

        @Override
        public boolean type(String type) {
            this.type = type;
            return true;
        }

        @Override
        public boolean property(String key, Object value) {
            props.put(key, value instanceof String[] texts ? List.of(texts) : value);
            return true;
        }

        @Override
        public void endOfEntity() {
            heard.add(new Heard(id, labels, from, to, type, props));
            id = from = to = -1;
            labels = null;
            type = null;
            props = new HashMap<>();
        }
    }
}
