package com.guanxi.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.guanxi.testsupport.SharedData;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class UsccTest {

    /**
     * The example code of GB 32100-2015, 91350100M000100Y43, worked by hand.
     * Position 18: GB 32100 values (A=10 … Y=30, so M=21) times weights 3^(i-1) mod 31 =
     * 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28 give 9+3+27+135+26+420+8+900+112 = 1640 (zeros left out);
     * 1640 mod 31 = 28; 31 - 28 = 3 → '3'.
     * Position 17: GB 11714 values (A=10 … Z=35, so M=22, Y=34) of M000100Y times 3,7,9,10,5,8,4,2 =
     * 66+0+0+0+5+0+0+68 = 139; 139 mod 11 = 7; 11 - 7 = 4 → '4'.
     */
    @Test
    void shouldAcceptTheStandardsExampleCode() {
        assertThat(Uscc.checkCharacter("91350100M000100Y4")).isEqualTo('3');
        assertThat(Uscc.organisationCodeCheckDigit("M000100Y")).isEqualTo('4');
        IdentifierCheck c = Uscc.check("91350100M000100Y43");
        assertThat(c.valid()).isTrue();
        assertThat(c.canonical()).isEqualTo("91350100M000100Y43");
    }

    @Test
    void shouldMapOrganisationCodeRemainderTenToXAndElevenToZero() {
        // 0000000 + d with weight 2: sum = 2d; d=6 → 12 mod 11 = 1 → 10 → 'X'; d=0 → 0 → 11 → '0'
        assertThat(Uscc.organisationCodeCheckDigit("00000006")).isEqualTo('X');
        assertThat(Uscc.organisationCodeCheckDigit("00000000")).isEqualTo('0');
        // d=1 → 2 → 11-2 = 9
        assertThat(Uscc.organisationCodeCheckDigit("00000001")).isEqualTo('9');
    }

    @Test
    void shouldAcceptEveryUsccOfTheSampleRegistryThatTheTruthDoesNotReject() throws IOException {
        // Given the companies.csv rows that truth.json does not list as bad
        Path dir = SharedData.samplesSmall();
        Set<Long> bad = new HashSet<>();
        for (JsonNode b : new ObjectMapper().readTree(dir.resolve("truth.json").toFile()).get("badRows")) {
            if (b.get("file").asText().equals("companies.csv")) bad.add(b.get("line").asLong());
        }
        List<String> codes = new ArrayList<>();
        try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(dir.resolve("companies.csv"))) {
            for (CsvRecord rec : r) {
                if (rec.getStartingLineNumber() > 1 && !bad.contains(rec.getStartingLineNumber())
                        && !rec.getField(0).isEmpty()) {
                    codes.add(rec.getField(0));
                }
            }
        }
        // Then every one of them is valid
        assertThat(codes).hasSizeGreaterThan(250);
        assertThat(codes).allSatisfy(code -> assertThat(Uscc.check(code).valid()).as(code).isTrue());
    }

    @Test
    void shouldFailEachInvalidSampleCodeForTheReasonTheTruthGives() throws IOException {
        // Given the invalid_uscc bad rows of companies.csv, with the truth's description of the fault
        Path dir = SharedData.samplesSmall();
        Map<Long, String> details = new HashMap<>();
        for (JsonNode b : new ObjectMapper().readTree(dir.resolve("truth.json").toFile()).get("badRows")) {
            if (b.get("file").asText().equals("companies.csv") && b.get("reason").asText().equals("invalid_uscc")) {
                details.put(b.get("line").asLong(), b.get("detail").asText());
            }
        }
        assertThat(details).hasSize(4);
        try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(dir.resolve("companies.csv"))) {
            for (CsvRecord rec : r) {
                String detail = details.get(rec.getStartingLineNumber());
                if (detail == null) continue;
                IdentifierCheck c = Uscc.check(rec.getField(0));
                // Then the failure kind matches the truth's words
                IdentifierCheck.Failure expected = detail.startsWith("check character") ? IdentifierCheck.Failure.CHECK_CHARACTER
                        : detail.startsWith("organisation-code") ? IdentifierCheck.Failure.ORGANISATION_CODE_CHECK_DIGIT
                        : detail.startsWith("characters outside") ? IdentifierCheck.Failure.ILLEGAL_CHARACTER
                        : IdentifierCheck.Failure.WRONG_LENGTH;
                assertThat(c.failure()).as(detail).isEqualTo(expected);
                if (expected == IdentifierCheck.Failure.ILLEGAL_CHARACTER) assertThat(c.detail()).contains("(I, O)");
                if (expected == IdentifierCheck.Failure.WRONG_LENGTH) assertThat(c.detail()).startsWith("17 characters");
            }
        }
    }

    @Test
    void shouldRejectUsccWithBadCheckCharacter() {
        IdentifierCheck c = Uscc.check("91350100M000100Y44");
        assertThat(c.failure()).isEqualTo(IdentifierCheck.Failure.CHECK_CHARACTER);
        assertThat(c.detail()).contains("'4' given, '3' expected");
    }

    @Test
    void shouldRejectUsccWithBadOrganisationCodeEvenWhenPosition18Fits() {
        // Given position 17 changed from 4 to 5 and position 18 recomputed so that GB 32100 alone passes
        String first17 = "91350100M000100Y5";
        String code = first17 + Uscc.checkCharacter(first17);
        // Then only the GB 11714 check catches it
        assertThat(Uscc.check(code).failure()).isEqualTo(IdentifierCheck.Failure.ORGANISATION_CODE_CHECK_DIGIT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100m000100y43", "９１３５０１００Ｍ０００１００Ｙ４３", " 91350100M000100Y43 "})
    void shouldAcceptLowerCaseAndFullWidthAfterCanonicalisation(String raw) {
        IdentifierCheck c = Uscc.check(raw);
        assertThat(c.valid()).isTrue();
        assertThat(c.canonical()).isEqualTo("91350100M000100Y43");
    }

    @ParameterizedTest
    @ValueSource(strings = {"9135 0100M000100Y43", "91350100M000100Y4", "91350100M000100Y433", "91350100M0001O0Y43"})
    void shouldRejectMalformedCodes(String raw) {
        assertThat(Uscc.check(raw).valid()).isFalse();
    }

    @Test
    void shouldSayBlankForMissingCode() {
        assertThat(Uscc.check(null).failure()).isEqualTo(IdentifierCheck.Failure.BLANK);
        assertThat(Uscc.check("  ").failure()).isEqualTo(IdentifierCheck.Failure.BLANK);
    }

    @Test
    void shouldAcceptEveryRegistrationNumberOfTheSample() throws IOException {
        List<String> numbers = new ArrayList<>();
        try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(SharedData.samplesSmall().resolve("companies.csv"))) {
            for (CsvRecord rec : r) {
                if (rec.getStartingLineNumber() > 1 && rec.getFieldCount() > 1 && !rec.getField(1).isEmpty()) {
                    numbers.add(rec.getField(1));
                }
            }
        }
        assertThat(numbers).hasSize(59).allSatisfy(n -> assertThat(RegNo.isValid(n)).as(n).isTrue());
    }

    /**
     * ISO 7064 MOD 11,10 by hand for 11010800000000 + check: p starts at 10; for each digit d:
     * s = (p + d) mod 10 (0 → 10), p = 2s mod 11; the check is (11 - p) mod 10. Step by step: d=1: s=1,p=2; d=1: s=3,p=6; d=0: s=6,p=1; d=1: s=2,p=4; d=0: s=4,p=8; d=8: s=6,p=1;
     * then eight zeros: s=1,p=2; s=2,p=4; s=4,p=8; s=8,p=5; s=5,p=10; s=10,p=9; s=9,p=7; s=7,p=3 → check (11-3) mod 10 = 8.
     */
    @Test
    void shouldComputeRegistrationNumberCheckDigitByIso7064() {
        assertThat(RegNo.checkDigit("11010800000000")).isEqualTo('8');
        assertThat(RegNo.isValid("110108000000008")).isTrue();
        assertThat(RegNo.check("110108000000009").failure()).isEqualTo(IdentifierCheck.Failure.CHECK_CHARACTER);
        assertThat(RegNo.check("11010800000000").failure()).isEqualTo(IdentifierCheck.Failure.WRONG_LENGTH);
        assertThat(RegNo.check("320981NA001252X").failure()).isEqualTo(IdentifierCheck.Failure.ILLEGAL_CHARACTER);
    }
}
