package com.guanxi.tags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.guanxi.testsupport.SharedData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TagCatalogueTest {
    private final TagCatalogue catalogue = TagCatalogue.load();

    /** The codes of the "Risk tags" table of shared/design/definitions.md, in table order. */
    private static Set<String> codesOfDefinitions() throws IOException {
        List<String> lines = Files.readAllLines(SharedData.root().resolve("design/definitions.md"), StandardCharsets.UTF_8);
        Pattern row = Pattern.compile("^\\|\\s*`([A-Z][A-Z0-9_]*)`\\s*\\|");
        Set<String> codes = new LinkedHashSet<>();
        boolean inSection = false;
        for (String line : lines) {
            if (line.startsWith("## ")) inSection = line.startsWith("## Risk tags");
            Matcher m = row.matcher(line);
            if (inSection && m.find()) codes.add(m.group(1));
        }
        return codes;
    }

    @Test
    void shouldListExactlyTheRiskTagCodesOfTheDefinitions() throws IOException {
        // Given the reference table
        Set<String> expected = codesOfDefinitions();
        assertThat(expected).as("codes parsed from definitions.md").hasSizeGreaterThanOrEqualTo(12)
                .contains("GUARANTEE_LOOP", "ABNORMAL_STATUS");

        // Then the catalogue has every one of them and nothing the definitions do not define
        assertThat(catalogue.codes()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void shouldNameEveryTagInChineseAndEnglish() {
        Pattern han = Pattern.compile("\\p{IsHan}");
        assertThat(catalogue.definitions()).allSatisfy(d -> {
            assertThat(han.matcher(d.nameZh()).find()).as(d.code() + " nameZh has Chinese").isTrue();
            assertThat(d.nameEn()).as(d.code() + " nameEn").matches("[A-Z][A-Za-z -]+");
        });
    }

    @Test
    void shouldRateLoopsAndAbnormalStatusHighAndGroupMembershipLow() {
        assertThat(catalogue.get("GUARANTEE_LOOP").defaultSeverity()).isEqualTo(Severity.HIGH);
        assertThat(catalogue.get("ABNORMAL_STATUS").defaultSeverity()).isEqualTo(Severity.HIGH);
        assertThat(catalogue.get("GROUP_MEMBER").defaultSeverity()).isEqualTo(Severity.LOW);
    }

    @Test
    void shouldCreateTagWithCatalogueNamesAndDefaultSeverity() {
        // When
        Tag tag = catalogue.tag("MUTUAL_GUARANTEE", "913101047748374535",
                Map.of("counterparty", "91320205MA19W1223R", "contracts", List.of("C1", "C2")),
                LocalDate.parse("2024-06-30"), "analysis-1", "run-9");

        // Then
        assertThat(tag.nameZh()).isEqualTo("互保");
        assertThat(tag.nameEn()).isEqualTo("Mutual guarantee");
        assertThat(tag.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(tag.evidence()).containsEntry("contracts", List.of("C1", "C2"));
        assertThatThrownBy(() -> tag.evidence().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void shouldRefuseTagOfUnknownCode() {
        assertThatThrownBy(() -> catalogue.tag("GUARANTEE_LOOPS", "S", Map.of(), LocalDate.now(), "v", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown tag code 'GUARANTEE_LOOPS'");
    }

    @Test
    void shouldRefuseCatalogueListingACodeTwiceOrWithAMisspeltKey() {
        String twice = """
                tags:
                  - {code: A_TAG, nameZh: 甲, nameEn: A, defaultSeverity: low, description: a}
                  - {code: A_TAG, nameZh: 乙, nameEn: B, defaultSeverity: low, description: b}
                """;
        assertThatThrownBy(() -> TagCatalogue.fromYaml(stream(twice), "twice.yaml")).hasMessageContaining("A_TAG twice");
        String misspelt = "tags:\n  - {code: A_TAG, nameZh: 甲, nameEn: A, severity: low, description: a}\n";
        assertThatThrownBy(() -> TagCatalogue.fromYaml(stream(misspelt), "misspelt.yaml"))
                .hasMessageContaining("misspelt.yaml").hasMessageContaining("A_TAG: defaultSeverity is required");
        String unknownKey = "tags:\n  - {code: A_TAG, nameZh: 甲, nameEn: A, defaultSeverity: low, description: a, colour: red}\n";
        assertThatThrownBy(() -> TagCatalogue.fromYaml(stream(unknownKey), "unknown.yaml"))
                .hasMessageContaining("Unrecognized field \"colour\"");
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
