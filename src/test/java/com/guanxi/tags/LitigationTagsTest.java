package com.guanxi.tags;

import com.guanxi.analytics.AnalyticsService;
import com.guanxi.graph.EdgeWrite;
import com.guanxi.graph.GraphWriter;
import com.guanxi.graph.TagStore;
import com.guanxi.ingest.ImportService;
import com.guanxi.testsupport.SampleGraph;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static com.guanxi.testsupport.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * CONTAGION_EXPOSED end to end: a case party linked in the graph (PARTY_TO, as judgment extraction will write it)
 * reaches the tag job. The parties are companies outside the registry whose guarantees start in 2025, so the
 * 2024-06-30 truth checks do not see them.
 */
@QuarkusTest
class LitigationTagsTest {

    static final String A = "鄂尔多斯草原涉诉演示实业有限公司";
    static final String B = "景德镇青花借贷示例陶瓷有限公司";
    static final String D = "舟山渔港违约样例水产有限公司";
    static final String CASE_NO = "(2025)沪0101民初99901号";

    @Inject
    ImportService imports;
    @Inject
    AnalyticsService analytics;
    @Inject
    GraphWriter writer;
    @Inject
    TagStore store;

    @BeforeEach
    void givenTheSample() {
        SampleGraph.ensureImported(imports);
    }

    @Test
    void shouldExposeTheGuarantorsOfADefendantLinkedToALoanCase(@TempDir Path dir) throws Exception {
        // Given A guarantees B, B guarantees D, and D's loan case imported
        Files.writeString(dir.resolve("guarantees.csv"), TagChangeStreamTest.HEADER
                + "涉诉测试-001," + A + ",," + B + ",,测试银行,100万元,连带责任保证,2025-01-01,,active\n"
                + "涉诉测试-002," + B + ",," + D + ",,测试银行,200万元,连带责任保证,2025-01-01,,active\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("judgments.jsonl"), "{\"case_no\": \"" + CASE_NO + "\", \"court\": \"上海市黄浦区人民法院\", "
                + "\"date\": \"2025-03-01\", \"cause\": \"金融借款合同纠纷\", \"doc_type\": \"判决书\", \"text\": \"原告：测试银行。被告："
                + D + "。\"}\n", StandardCharsets.UTF_8);
        String batchId = imports.runNow(dir, b -> {
        }).batchId();
        String d = idOf(D);
        // And D linked to the case as defendant, the way judgment extraction links parties
        writer.writeEdges(GraphWriter.EdgeKind.PARTY_TO, List.of(new EdgeWrite(d, CASE_NO, "被告",
                Map.of("raw", D, "confidence", 1.0), null)), batchId);

        // When the analytics run as of today
        String runId = analytics.runNow(LocalDate.now()).runId();

        // Then A and B, which reach D in G, are exposed to D's default, with the path of the call and the case
        List<Tag> tags = store.tagsOfRun(runId);
        Set<String> exposed = new TreeSet<>();
        for (Tag t : tags) {
            if (t.code().equals("CONTAGION_EXPOSED") && t.evidence().toString().contains(d)) exposed.add(t.subjectId());
        }
        String a = idOf(A);
        String b = idOf(B);
        assertThat(exposed).containsExactlyInAnyOrder(a, b);
        Tag onA = tags.stream().filter(t -> t.subjectId().equals(a) && t.code().equals("CONTAGION_EXPOSED")).findFirst().orElseThrow();
        assertThat(onA.evidence().get("sources").toString()).contains("path=[" + a + ", " + b + ", " + d + "]", CASE_NO, "被告");
    }

    private static String idOf(String name) {
        return as("admin").queryParam("q", name).when().get("/api/companies").then().statusCode(200)
                .extract().path("find { it.name == '" + name + "' }.id");
    }
}
