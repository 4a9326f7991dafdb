package com.guanxi.graph;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The importer's CSV files of a bulk load, read back with a CSV parser: values verbatim, a row that does not fit
 * refused whole, new properties widening the header.
 */
class ImportCsvTest {

    @TempDir
    Path folder;

    @Test
    void shouldWriteEveryValueVerbatimAndTyped() throws IOException {
        // Given a file of companies and rows with hostile text, Chinese, a character outside the BMP, numbers, a
        // date, a list and an absent value
        var csv = new ImportCsv(folder, "companies", List.of(":ID", ":LABEL", "id"));
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("name", "深圳市\"华盛\"科技有限公司, <script>alert(1)</script>");
        first.put("capital", 1.5e7);
        first.put("sourceLine", 42L);
        first.put("established", LocalDate.of(2003, 5, 17));
        first.put("formerNames", List.of("华盛 科技", "MATCH (n) DETACH DELETE n"));
        first.put("registry", true);
        first.put("phone", null);
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("name", "𠀋记贸易（上海）有限公司");
        second.put("capital", 0.0);
        second.put("sourceLine", 43L);

        // When both are written
        assertThat(csv.row(Arrays.asList("0", "Company;Entity", "C1"), first)).isTrue();
        assertThat(csv.row(Arrays.asList("1", "Company;Entity", null), second)).isTrue();
        csv.close();

        // Then one file holds them, its header typing each property as its first value
        assertThat(csv.files()).hasSize(1);
        assertThat(csv.rows()).isEqualTo(2);
        var file = read(csv.files().get(0));
        assertThat(file.get(0)).containsExactly(":ID", ":LABEL", "id", "name", "capital:double", "sourceLine:long",
                "established:date", "formerNames:string[]", "registry:boolean");
        // And every value reads back as written, absent ones empty
        assertThat(file.get(1)).containsExactly("0", "Company;Entity", "C1",
                "深圳市\"华盛\"科技有限公司, <script>alert(1)</script>", "1.5E7", "42", "2003-05-17",
                "华盛 科技" + ImportCsv.ARRAY_DELIMITER + "MATCH (n) DETACH DELETE n", "true");
        assertThat(file.get(2)).containsExactly("1", "Company;Entity", "", "𠀋记贸易（上海）有限公司", "0.0", "43", "",
                "", "");
    }

    @Test
    void shouldRefuseARowThatDoesNotFitAndLeaveNothingOfItInTheNext() throws IOException {
        // Given a file whose columns are known from a first row
        var csv = new ImportCsv(folder, "holds", List.of(":START_ID", ":END_ID", ":TYPE"));
        assertThat(csv.row(List.of("0", "1", "HOLDS"), ordered("ratio", 0.5, "since", "2020-01-01", "note", "a"))).isTrue();

        // When a row fills a column before one of its values turns out to have another type, then rows with a line
        // break, a list element holding the array delimiter and a name with a colon come
        assertThat(csv.row(List.of("2", "3", "HOLDS"), ordered("note", "stale", "ratio", "half"))).isFalse();
        assertThat(csv.row(List.of("2", "3", "HOLDS"), ordered("note", "两\n行"))).isFalse();
        assertThat(csv.row(List.of("2", "3", "HOLDS"), ordered("tags", List.of("a" + ImportCsv.ARRAY_DELIMITER + "b")))).isFalse();
        assertThat(csv.row(List.of("2", "3", "HOLDS"), ordered("x:int", "1"))).isFalse();
        assertThat(csv.row(List.of("2\n", "3", "HOLDS"), ordered("ratio", 0.1))).isFalse();
        // And a row that fits follows
        assertThat(csv.row(List.of("4", "5", "HOLDS"), ordered("ratio", 0.25))).isTrue();
        csv.close();

        // Then only the two rows that fit are in the file, the second without the refused row's value
        assertThat(csv.rows()).isEqualTo(2);
        assertThat(csv.files()).hasSize(1);
        var file = read(csv.files().get(0));
        assertThat(file.get(0)).containsExactly(":START_ID", ":END_ID", ":TYPE", "ratio:double", "since", "note");
        assertThat(file.subList(1, file.size())).containsExactly(
                List.of("0", "1", "HOLDS", "0.5", "2020-01-01", "a"),
                List.of("4", "5", "HOLDS", "0.25", "", ""));
    }

    @Test
    void shouldTakeValuesWithLineBreaksApartWhenAskedTo() throws IOException {
        // Given a file of cases and a case whose text and list of former parties hold line breaks
        var csv = new ImportCsv(folder, "cases", List.of(":ID", ":LABEL", "caseNo"));
        Map<String, Object> lineBreaks = new HashMap<>();
        Map<String, Object> props = ordered("court", "北京市第一中级人民法院", "text", "原告：甲\n被告：乙",
                "parties", List.of("甲", "乙\r\n丙"));

        // When it is written with room for values with line breaks
        assertThat(csv.row(List.of("0", "Case", "(2020)京01民初1号"), props, lineBreaks)).isTrue();
        csv.close();

        // Then the row is in the file without them, and they are handed back as they were
        assertThat(lineBreaks).containsExactlyInAnyOrderEntriesOf(Map.of("text", "原告：甲\n被告：乙",
                "parties", List.of("甲", "乙\r\n丙")));
        var file = read(csv.files().get(0));
        assertThat(file.get(0)).containsExactly(":ID", ":LABEL", "caseNo", "court");
        assertThat(file.get(1)).containsExactly("0", "Case", "(2020)京01民初1号", "北京市第一中级人民法院");
    }

    @Test
    void shouldStartAWiderFileWhenARowBringsANewProperty() throws IOException {
        // Given a file with rows of one property
        var csv = new ImportCsv(folder, "serves", List.of(":START_ID", ":END_ID", ":TYPE"));
        assertThat(csv.row(List.of("0", "1", "SERVES"), ordered("position", "董事"))).isTrue();

        // When a row brings a source's extra column, and one after it has none
        assertThat(csv.row(List.of("2", "1", "SERVES"), ordered("x_备注", "兼任", "position", "监事"))).isTrue();
        assertThat(csv.row(List.of("3", "1", "SERVES"), ordered("position", "经理"))).isTrue();
        csv.close();

        // Then the first file keeps its header and a second one has the wider header, empty where a row has no value
        assertThat(csv.files()).hasSize(2);
        var narrow = read(csv.files().get(0));
        assertThat(narrow).containsExactly(List.of(":START_ID", ":END_ID", ":TYPE", "position"),
                List.of("0", "1", "SERVES", "董事"));
        var wide = read(csv.files().get(1));
        assertThat(wide).containsExactly(List.of(":START_ID", ":END_ID", ":TYPE", "position", "x_备注"),
                List.of("2", "1", "SERVES", "监事", "兼任"), List.of("3", "1", "SERVES", "经理", ""));
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return map;
    }

    /** The header line, then the data lines, of one "header,data" file pair as the importer is given it. */
    private static List<List<String>> read(String headerAndData) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        for (String file : headerAndData.split(",")) {
            try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(Files.newBufferedReader(Path.of(file)))) {
                reader.forEach(record -> lines.add(record.getFields()));
            }
        }
        return lines;
    }
}
