package com.guanxi.ingest;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fingerprint of a row's facts, which decides whether a later import keeps history: it must stay what graphs
 * already hold — the first 16 bytes of SHA-256 over "key \0 value \1" in key order, values in canonical form.
 */
class FactFingerprintTest {

    @Test
    void shouldDigestTheFactsInKeyOrderAsStoredFingerprintsWere() throws Exception {
        // Given facts of a guarantee with text, a hostile value, a decimal, a date, a list, an absent value and a
        // long extra column
        Map<String, Object> facts = new TreeMap<>();
        facts.put("contractId", "BZ-2021-0042");
        facts.put("creditor", "中国\"工商\"银行 <script>");
        facts.put("amount", new BigDecimal("1500000.00"));
        facts.put("start", LocalDate.of(2021, 3, 1));
        facts.put("end", null);
        facts.put("parties", List.of("甲", "乙"));
        facts.put("x_备注", "担保".repeat(800));

        // Then the fingerprint is the reference digest, whichever map type holds the facts
        String expected = reference(List.of(
                "amount", "1500000", "contractId", "BZ-2021-0042", "creditor", "中国\"工商\"银行 <script>",
                "end", "", "parties", "甲\u0002乙", "start", "2021-03-01", "x_备注", "担保".repeat(800)));
        assertThat(GraphImportSink.fingerprint(facts)).isEqualTo(expected);
        assertThat(GraphImportSink.fingerprint(new HashMap<>(facts))).isEqualTo(expected);
        // And the digest starts afresh for every row
        assertThat(GraphImportSink.fingerprint(facts)).isEqualTo(expected);
        facts.put("end", LocalDate.of(2024, 2, 29));
        assertThat(GraphImportSink.fingerprint(facts)).isNotEqualTo(expected);
    }

    /** Key and canonical value pairs, in order, digested the way the first fingerprints were. */
    private static String reference(List<String> keysAndValues) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        for (int i = 0; i < keysAndValues.size(); i += 2) {
            md.update(keysAndValues.get(i).getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(keysAndValues.get(i + 1).getBytes(StandardCharsets.UTF_8));
            md.update((byte) 1);
        }
        return HexFormat.of().formatHex(md.digest(), 0, 16);
    }
}
