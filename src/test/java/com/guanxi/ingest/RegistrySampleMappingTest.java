package com.guanxi.ingest;

import com.guanxi.testsupport.SharedData;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Maps the real registry extract (shared/real/registry-sample) with import/mappings/registry-sample.yaml and checks
 * the outcome against an expectation computed here independently: the identifier validators on the raw column,
 * a literal table of the 注册资金 spellings seen in the file, and ISO dates.
 */
class RegistrySampleMappingTest {
    private static final Path FILE = SharedData.real("registry-sample/sample_all_years_0.25pct.csv");

    /** Every unit spelling of 注册资金 in the file, with its multiplier and currency (read off the data by hand). */
    private static final Map<String, Object[]> UNITS = Map.ofEntries(
            Map.entry("(万元人民币)", new Object[]{10_000, "CNY"}), Map.entry("(万元)", new Object[]{10_000, "CNY"}),
            Map.entry("(万)", new Object[]{10_000, "CNY"}), Map.entry("万人民币", new Object[]{10_000, "CNY"}),
            Map.entry("万元人民币", new Object[]{10_000, "CNY"}), Map.entry("(万人民币元)", new Object[]{10_000, "CNY"}),
            Map.entry("( 万人民币元)", new Object[]{10_000, "CNY"}), Map.entry("（万元）", new Object[]{10_000, "CNY"}),
            Map.entry("万元", new Object[]{10_000, "CNY"}), Map.entry("(万元(人民币))", new Object[]{10_000, "CNY"}),
            Map.entry("万人民币元", new Object[]{10_000, "CNY"}), Map.entry("万", new Object[]{10_000, "CNY"}),
            Map.entry("(人民币元)", new Object[]{1, "CNY"}),
            Map.entry("(万美元)", new Object[]{10_000, "USD"}), Map.entry("万美元", new Object[]{10_000, "USD"}),
            Map.entry("(万元(美元))", new Object[]{10_000, "USD"}),
            Map.entry("(万香港元)", new Object[]{10_000, "HKD"}), Map.entry("(万港币)", new Object[]{10_000, "HKD"}),
            Map.entry("(万港元)", new Object[]{10_000, "HKD"}), Map.entry("(万元(港币))", new Object[]{10_000, "HKD"}),
            Map.entry("(万日元)", new Object[]{10_000, "JPY"}));
    private static final Pattern AMOUNT = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(.*)");

    record Expected(String reason, BigDecimal amount, String currency) {
    }

    private static final Map<Long, Expected> expected = new HashMap<>();
    private static final CollectingSink sink = new CollectingSink();
    private static FileStats stats;

    @BeforeAll
    static void mapTheRealFile() throws IOException {
        // Given an independent classification of every row
        try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(FILE)) {
            for (CsvRecord rec : r) {
                if (rec.getStartingLineNumber() == 1) continue;
                expected.put(rec.getStartingLineNumber(), classify(rec));
            }
        }
        // When the file is read through the YAML mapping
        VendorMapping mapping = VendorMapping.load(Path.of("import/mappings/registry-sample.yaml"));
        stats = mapping.read(FILE, "registry-sample", sink);
    }

    private static Expected classify(CsvRecord rec) {
        String code = rec.getField(2).strip();
        boolean codeOk = code.matches("\\d{15}") ? RegNo.isValid(code) : Uscc.isValid(code);
        if (rec.getField(1).isBlank()) return new Expected("missing_required", null, null);
        if (!codeOk) return new Expected("invalid_uscc", null, null);
        String capital = rec.getField(6).strip();
        BigDecimal amount = null;
        String currency = null;
        if (!capital.equals("N/A")) {
            Matcher m = AMOUNT.matcher(capital);
            Object[] unit = m.matches() ? UNITS.get(m.group(3)) : null;
            if (unit == null) return new Expected("unparseable_amount", null, null);
            amount = new BigDecimal(m.group(1).replace(",", "") + (m.group(2) == null ? "" : m.group(2)))
                    .multiply(BigDecimal.valueOf((Integer) unit[0]));
            currency = (String) unit[1];
        }
        try {
            LocalDate.parse(rec.getField(3));
        } catch (DateTimeParseException e) {
            return new Expected("unparseable_date", null, null);
        }
        return new Expected(null, amount, currency);
    }

    @Test
    void shouldRejectExactlyTheRowsWithInvalidCodesOrUnusableValues() {
        Map<Long, String> expectedRejects = expected.entrySet().stream().filter(e -> e.getValue().reason() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().reason()));
        Map<Long, String> actualRejects = sink.rejects.stream().collect(Collectors.toMap(Reject::line, Reject::reason));
        assertThat(actualRejects).isEqualTo(expectedRejects);
        assertThat(stats.rows()).isEqualTo(expected.size());
        assertThat(stats.loaded()).isEqualTo(sink.companies.size());

        Map<String, Long> byReason = new TreeMap<>(sink.rejects.stream()
                .collect(Collectors.groupingBy(Reject::reason, Collectors.counting())));
        System.out.printf("registry-sample: rows=%d loaded=%d rejected=%d by reason %s%n",
                stats.rows(), stats.loaded(), stats.rejected(), byReason);
    }

    @Test
    void shouldNormaliseEveryCapitalAsTheIndependentTableSays() {
        for (CompanyRecord c : sink.companies) {
            Expected e = expected.get(c.source().line());
            if (e.amount() == null) {
                assertThat(c.registeredCapital()).as("line %d", c.source().line()).isNull();
            } else {
                assertThat(c.registeredCapital().amount()).as("line %d: %s", c.source().line(), c.registeredCapital().raw())
                        .isEqualByComparingTo(e.amount());
                assertThat(c.registeredCapital().currency()).isEqualTo(e.currency());
            }
        }
    }

    @Test
    void shouldKeepOldRegistrationNumbersApartFromUsccs() {
        assertThat(sink.companies.stream().filter(c -> c.regNo() != null).count()).isEqualTo(16);
        assertThat(sink.companies).filteredOn(c -> c.uscc() == null && c.regNo() == null).isEmpty();
        assertThat(sink.companies).filteredOn(c -> c.regNo() != null && c.uscc() != null).isEmpty();
    }

    @Test
    void shouldBlankTheVendorsNotAvailableMarker() {
        assertThat(sink.companies).extracting(CompanyRecord::companyType).doesNotContain("N/A").contains((String) null);
        assertThat(sink.companies).extracting(CompanyRecord::legalRep).doesNotContain("N/A").contains((String) null);
        assertThat(sink.companies).extracting(c -> c.extra().get("data_source")).containsOnly("registry-sample");
    }
}
