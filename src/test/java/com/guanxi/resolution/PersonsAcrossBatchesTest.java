package com.guanxi.resolution;

import com.guanxi.ingest.ImportBatch;
import com.guanxi.ingest.ImportService;
import com.guanxi.ingest.Uscc;
import com.guanxi.testsupport.SampleGraph;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Persons resolved batch after batch against what the graph holds (definitions.md "Entities": a person is one
 * person by name <em>and</em> context): a later batch that names a known person in the same context reaches the
 * same Person node, a namesake elsewhere stays another person, and new context that ties two stored persons
 * together merges their nodes. (The holding starts after the sample's truth date, so the sample's checks as of
 * that date do not see it.)
 */
@QuarkusTest
class PersonsAcrossBatchesTest {

    static final String NAME = "欧阳测慧";
    static final String A = uscc("91440300MA5GX0A0"), C = uscc("91440300MA5GX0C0"), D = uscc("91500103MA5GX0D0");
    static final String COMPANIES = "uscc,reg_no,name,former_names,legal_rep,registered_capital,established,status,company_type,address,phone,email,industry\n";

    @Inject
    ImportService imports;
    @Inject
    Driver driver;

    @Test
    void shouldKeepAKnownPersonAcrossBatchesAndMergeTwoWhenNewContextTiesThem(@TempDir Path dir) throws Exception {
        SampleGraph.ensureImported(imports);
        // Given a first batch: A and C, unrelated, each with a legal representative named 欧阳测慧
        Path first = Files.createDirectories(dir.resolve("first"));
        Files.writeString(first.resolve("companies.csv"), COMPANIES
                + A + ",,深圳市跨批次验证甲科技有限公司,," + NAME + ",100万元,2020-01-01,存续,有限责任公司,深圳市南山区科技园一路1号,0755-81110001,,软件业\n"
                + C + ",,深圳市跨批次验证丙物流有限公司,," + NAME + ",100万元,2020-01-01,存续,有限责任公司,深圳市宝安区航城大道9号,0755-83330003,,物流业\n",
                StandardCharsets.UTF_8);
        done(imports.runNow(first, b -> { }));
        Map<String, Set<String>> afterFirst = personsNamed();
        assertThat(afterFirst).as("two namesakes with nothing in common are two persons").hasSize(2);
        String atA = personServing(afterFirst, A);

        // When a second batch names the person again at A, shows that A holds C, and brings D whose legal
        // representative has the same name
        Path second = Files.createDirectories(dir.resolve("second"));
        Files.writeString(second.resolve("companies.csv"), COMPANIES
                + D + ",,重庆市跨批次验证丁餐饮有限公司,," + NAME + ",50万元,2021-01-01,存续,有限责任公司,重庆市渝中区解放碑路4号,023-64440004,,餐饮业\n",
                StandardCharsets.UTF_8);
        Files.writeString(second.resolve("personnel.csv"), "company_uscc,company_name,person_name,position\n"
                + A + ",," + NAME + ",董事\n", StandardCharsets.UTF_8);
        Files.writeString(second.resolve("shareholders.csv"),
                "company_uscc,company_name,shareholder_name,shareholder_type,shareholder_uscc,ratio,subscribed_capital,since\n"
                        + C + ",,深圳市跨批次验证甲科技有限公司,," + A + ",60,,2025-01-01\n", StandardCharsets.UTF_8);
        done(imports.runNow(second, b -> { }));

        // Then the person at A keeps its id and now also serves C (the two are one: A holds C), and the namesake
        // at D is a person of its own
        Map<String, Set<String>> afterSecond = personsNamed();
        assertThat(afterSecond).as("persons named %s and what they serve", NAME).hasSize(2);
        assertThat(afterSecond.get(atA)).containsExactlyInAnyOrder("SERVES:" + A + ":法定代表人", "SERVES:" + A + ":董事",
                "SERVES:" + C + ":法定代表人");
        String atD = personServing(afterSecond, D);
        assertThat(atD).isNotEqualTo(atA);
        assertThat(afterSecond.get(atD)).containsExactly("SERVES:" + D + ":法定代表人");
    }

    private static void done(ImportBatch batch) {
        assertThat(batch.state()).as("import %s: %s", batch.batchId(), batch.error()).isEqualTo(ImportBatch.DONE);
    }

    /** Every person of that name with its relations as TYPE:companyId:position. */
    private Map<String, Set<String>> personsNamed() {
        try (var session = driver.session()) {
            Map<String, Set<String>> out = new TreeMap<>();
            session.run("MATCH (p:Person {name: $name}) OPTIONAL MATCH (p)-[r]->(c:Company) "
                    + "RETURN p.id AS id, type(r) AS type, c.id AS company, r.position AS position", Map.of("name", NAME))
                    .forEachRemaining(r -> {
                        Set<String> rels = out.computeIfAbsent(r.get("id").asString(), k -> new TreeSet<>());
                        if (!r.get("type").isNull()) {
                            rels.add(r.get("type").asString() + ":" + r.get("company").asString() + ":" + r.get("position").asString(""));
                        }
                    });
            return out;
        }
    }

    private static String personServing(Map<String, Set<String>> persons, String company) {
        List<String> ids = persons.entrySet().stream()
                .filter(e -> e.getValue().contains("SERVES:" + company + ":法定代表人")).map(Map.Entry::getKey).toList();
        assertThat(ids).as("legal representative of %s", company).hasSize(1);
        return ids.get(0);
    }

    /** A valid USCC from its first 16 characters (GB 11714 digit at 17, GB 32100 character at 18). */
    private static String uscc(String first16) {
        String first17 = first16 + Uscc.organisationCodeCheckDigit(first16.substring(8, 16));
        return first17 + Uscc.checkCharacter(first17);
    }
}
