package com.guanxi.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.guanxi.analytics.AnalyticsService;
import com.guanxi.ingest.ImportService;
import com.guanxi.testsupport.SampleGraph;
import com.guanxi.testsupport.SharedData;
import com.guanxi.testsupport.Truth;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.guanxi.testsupport.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * The risk report of sample companies as of truth's date, against truth.json and the input files: a member of a
 * guarantee loop (宁波盛和电子科技有限公司, controlled through an intermediate company) and the company whose name
 * holds {@code <script>}.
 */
@QuarkusTest
class RiskReportApiTest {

    /** A loop member whose ultimate controller holds it through one intermediate company (truth.json). */
    static final String LOOP_MEMBER = "91330203578569009T";
    /** companies.csv line 225: 北京<script>alert(1)</script>科技有限公司. */
    static final String HOSTILE = "91110105MAL987671Y";
    private static final LocalDate AS_OF = LocalDate.parse(Truth.get().get("asOf").asText());

    @Inject
    ImportService imports;
    @Inject
    AnalyticsService analytics;
    @Inject
    Driver driver;

    @BeforeEach
    void givenTheSampleAnalysedAsOfTheTruthDate() {
        SampleGraph.ensureImported(imports);
        analytics.runNow(AS_OF);
    }

    @Test
    void shouldShowTheCompanyItsGuaranteeLoopWithTheCycleAndItsUltimateControllerAsTruthSays() {
        // Given truth's loop through the company, its guarantee edges and its control
        JsonNode truth = Truth.get();
        JsonNode loop = null;
        for (JsonNode l : truth.at("/guarantee/loops")) {
            if (texts(l.get("members")).contains(LOOP_MEMBER)) loop = l;
        }
        assertThat(loop).as("truth has a loop through " + LOOP_MEMBER).isNotNull();
        Set<String> edges = new HashSet<>();
        truth.at("/guarantee/edges").forEach(e -> edges.add(e.get(0).asText() + ">" + e.get(1).asText()));
        JsonNode control = truth.at("/equity/control/" + LOOP_MEMBER);
        String controllerName = truth.at("/entities/persons/" + control.get("ultimateController").asText()).asText();

        // When an approver asks for the report
        Response answer = as("approver").when().get("/api/companies/" + LOOP_MEMBER + "/report");

        // Then it is an HTML page naming the company
        answer.then().statusCode(200).contentType("text/html");
        assertThat(answer.contentType()).containsIgnoringCase("charset=utf-8");
        String html = answer.asString();
        assertThat(between(html, "<h1 id=\"company-name\">", "</h1>")).isEqualTo(nameInCompaniesCsv(LOOP_MEMBER));
        // With its GUARANTEE_LOOP tag listing every member of truth's loop
        String loopTag = between(html, "data-code=\"GUARANTEE_LOOP\"", "计算版本");
        for (String member : texts(loop.get("members"))) assertThat(loopTag).contains(member);
        // And the cycle through it: as long as truth's shortest one, through loop members, along guarantee edges
        List<String> cycle = dataIds(between(html, "data-field=\"cycle\">", "</td>"));
        assertThat(cycle).hasSize(loop.at("/evidence/" + LOOP_MEMBER).size()).first().isEqualTo(LOOP_MEMBER);
        assertThat(texts(loop.get("members"))).containsAll(cycle);
        for (int i = 0; i < cycle.size(); i++) {
            assertThat(edges).contains(cycle.get(i) + ">" + cycle.get((i + 1) % cycle.size()));
        }
        // And truth's ultimate controller, reached along truth's control path
        String controller = between(html, "data-field=\"ultimate-controller\">", "</td>");
        assertThat(controller).contains(controllerName);
        List<String> path = dataIds(between(html, "data-field=\"control-path\">", "</td>"));
        List<String> truthPath = texts(control.get("controlPath"));
        assertThat(path).hasSize(truthPath.size());
        // Persons are numbered differently from truth; companies keep their USCC
        assertThat(path.subList(1, path.size())).isEqualTo(truthPath.subList(1, truthPath.size()));
        // And a loop member is rejected by the champion ruleset's loop rule
        assertThat(between(html, "data-field=\"outcome\">", "</span>")).contains("reject");
        assertThat(html).contains("data-rule=\"applicant-guarantee-loop\"");
    }

    @Test
    void shouldShowANameHoldingScriptAsTextOnly() {
        String html = as("approver").when().get("/api/companies/" + HOSTILE + "/report").then().statusCode(200)
                .extract().asString();

        assertThat(html).contains("北京&lt;script&gt;alert(1)&lt;/script&gt;科技有限公司");
        assertThat(html.toLowerCase()).doesNotContain("<script");
    }

    @Test
    void shouldMakeAPdfWhoseTextHoldsTheChineseNameInAnEmbeddedFont() throws IOException {
        for (String company : List.of(LOOP_MEMBER, HOSTILE)) {
            Response answer = as("approver").when().get("/api/companies/" + company + "/report.pdf");
            answer.then().statusCode(200).contentType("application/pdf");
            assertThat(answer.header("Content-Disposition")).startsWith("attachment;").contains(company).contains(".pdf");
            byte[] pdf = answer.asByteArray();
            Files.write(Path.of("target", "risk-report-" + company + ".pdf"), pdf); // to look at
            assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertThat(new PDFTextStripper().getText(doc)).contains(nameInCompaniesCsv(company));
                List<PDFont> fonts = fonts(doc);
                assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
                // A subset (XXXXXX+Name) of the CJK font, not a whole 10 MB font
                assertThat(fonts).anySatisfy(f -> assertThat(f.getName()).matches("[A-Z]{6}\\+NotoSansSC.*"));
                assertThat(pdf.length).isLessThan(2_000_000);
            }
        }
    }

    @Test
    void shouldMaskThePhoneForAnApproverAndShowItToAnAdmin() {
        // companies.csv: 宁波盛和电子科技有限公司 has phone 0574-84911296 (README: masked as first 3, ****, last 4 digits)
        String phone = fieldInCompaniesCsv(LOOP_MEMBER, 10);
        assertThat(phone).isEqualTo("0574-84911296");

        String approver = as("approver").when().get("/api/companies/" + LOOP_MEMBER + "/report").then().statusCode(200)
                .extract().asString();
        String admin = as("admin").when().get("/api/companies/" + LOOP_MEMBER + "/report").then().statusCode(200)
                .extract().asString();

        assertThat(approver).contains("057****1296").doesNotContain(phone).doesNotContain("84911296");
        assertThat(admin).contains(phone);
    }

    @Test
    void shouldRefuseOtherRolesAndAnswerAnUnknownCompanyWithAProblem() {
        for (String route : List.of("/report", "/report.pdf")) {
            for (String role : List.of("analyst", "importer")) {
                as(role).when().get("/api/companies/" + LOOP_MEMBER + route).then().statusCode(403);
            }
            as("approver").when().get("/api/companies/91000000NOSUCH0000" + route).then().statusCode(404)
                    .contentType("application/problem+json").body("status", is(404));
        }
        as("approver").queryParam("amount", "lots").when().get("/api/companies/" + LOOP_MEMBER + "/report")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldNotStoreTheIndicativeDecision() {
        long before = storedDecisionsOf(LOOP_MEMBER);

        as("approver").when().get("/api/companies/" + LOOP_MEMBER + "/report").then().statusCode(200);

        assertThat(storedDecisionsOf(LOOP_MEMBER)).isEqualTo(before);
    }

    @Test
    void shouldRecordTheReportInTheAuditTrailAsAQueryOfTheCompany() {
        as("approver").header("X-Purpose", "%E8%B4%B7%E5%89%8D%E5%AE%A1%E6%9F%A5").when()
                .get("/api/companies/" + LOOP_MEMBER + "/report.pdf").then().statusCode(200);

        JsonPath entry = as("admin").queryParam("user", "test-approver").queryParam("subject", LOOP_MEMBER)
                .queryParam("limit", 1).when().get("/api/audit").then().statusCode(200).body("size()", is(1))
                .extract().jsonPath().setRootPath("[0]");
        assertThat(entry.getString("endpoint")).isEqualTo("/api/companies/{id}/report.pdf");
        assertThat(entry.getString("purpose")).isEqualTo("贷前审查");
        assertThat(entry.getInt("status")).isEqualTo(200);
    }

    private long storedDecisionsOf(String applicant) {
        try (var session = driver.session()) {
            return session.run("MATCH (d:Decision {applicantId: $id}) RETURN count(d) AS n", Map.of("id", applicant))
                    .single().get("n").asLong();
        }
    }

    private static List<PDFont> fonts(PDDocument doc) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            for (COSName name : page.getResources().getFontNames()) fonts.add(page.getResources().getFont(name));
        }
        return fonts;
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("'" + start + "' in the report").isGreaterThanOrEqualTo(0);
        from += start.length();
        int to = text.indexOf(end, from);
        assertThat(to).as("'" + end + "' after '" + start + "'").isGreaterThan(0);
        return text.substring(from, to);
    }

    private static List<String> dataIds(String html) {
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("data-id=\"([^\"]+)\"").matcher(html);
        while (m.find()) ids.add(m.group(1));
        return ids;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.asText()));
        return out;
    }

    private static String nameInCompaniesCsv(String uscc) {
        return fieldInCompaniesCsv(uscc, 2);
    }

    /** A field of the company's row in companies.csv (quoted fields may hold commas). */
    private static String fieldInCompaniesCsv(String uscc, int field) {
        try {
            for (String line : Files.readAllLines(SharedData.samplesSmall().resolve("companies.csv"))) {
                if (!line.startsWith(uscc + ",")) continue;
                List<String> fields = new ArrayList<>();
                StringBuilder current = new StringBuilder();
                boolean quoted = false;
                for (char c : line.toCharArray()) {
                    if (c == '"') quoted = !quoted;
                    else if (c == ',' && !quoted) {
                        fields.add(current.toString());
                        current.setLength(0);
                    } else current.append(c);
                }
                fields.add(current.toString());
                return fields.get(field);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError(uscc + " is not in companies.csv");
    }
}
