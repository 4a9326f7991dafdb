package com.guanxi.ingest;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Hostile and broken input: every row ends up loaded or rejected, and nothing throws. */
class MalformedInputTest {
    private static final String PERSONNEL_HEADER = "company_uscc,company_name,person_name,position\n";
    private static final String USCC = "91350100M000100Y43";

    private final CanonicalReader reader = new CanonicalReader("test");

    private FileStats read(CanonicalFile kind, byte[] bytes, CollectingSink sink) throws IOException {
        return reader.read(kind, kind.fileName(), new ByteArrayInputStream(bytes), sink);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    @Test
    void shouldRejectOnlyTheRowWithInvalidUtf8() throws IOException {
        // Given a row whose name holds a broken 2-byte sequence (0xC3 followed by '(')
        byte[] file = concat(utf8(PERSONNEL_HEADER + USCC + ",,张伟,监事\n" + USCC + ",,王"), new byte[]{(byte) 0xC3, 0x28},
                utf8(",董事\n" + USCC + ",,李娜,经理\n"));
        CollectingSink sink = new CollectingSink();
        // When
        FileStats stats = read(CanonicalFile.PERSONNEL, file, sink);
        // Then line 3 is rejected, lines 2 and 4 load
        assertThat(stats).isEqualTo(new FileStats("personnel.csv", 3, 2, 1));
        assertThat(sink.rejects).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.reason()).isEqualTo("invalid_encoding");
            assertThat(r.column()).isEqualTo("person_name");
        });
        assertThat(sink.personnel).extracting(PersonnelRecord::personName).containsExactly("张伟", "李娜");
    }

    @Test
    void shouldRejectJsonLineWithInvalidUtf8AndReadTheNext() throws IOException {
        byte[] file = concat(utf8("{\"case_no\":\"(2021)京0105民初1号\",\"text\":\"原告"), new byte[]{(byte) 0xFF, (byte) 0xFE},
                utf8("\"}\n{\"case_no\":\"(2021)京0105民初2号\",\"text\":\"正文\"}\n"));
        CollectingSink sink = new CollectingSink();
        FileStats stats = read(CanonicalFile.JUDGMENTS, file, sink);
        assertThat(stats.loaded()).isEqualTo(1);
        assertThat(sink.rejects).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(1);
            assertThat(r.reason()).isEqualTo("invalid_encoding");
        });
        assertThat(sink.judgments.get(0).source().line()).isEqualTo(2);
    }

    @Test
    void shouldRejectRowsWithTooFewOrTooManyColumns() throws IOException {
        String csv = PERSONNEL_HEADER + USCC + ",,张伟\n" + USCC + ",,王芳,董事,多余\n" + USCC + ",,李娜,经理\n" + "\n";
        CollectingSink sink = new CollectingSink();
        FileStats stats = read(CanonicalFile.PERSONNEL, utf8(csv), sink);
        assertThat(stats).isEqualTo(new FileStats("personnel.csv", 3, 1, 2));
        assertThat(sink.rejects).extracting(Reject::line, Reject::reason, Reject::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "wrong_column_count", null),
                        org.assertj.core.groups.Tuple.tuple(3L, "wrong_column_count", null));
        assertThat(sink.rejects.get(0).detail()).isEqualTo("4 columns expected, 3 found");
    }

    @Test
    void shouldLoadAHundredThousandCharacterFieldVerbatimAndKeepLineNumbers() throws IOException {
        // Given a quoted 100,000-character name holding commas, quotes and line breaks
        StringBuilder big = new StringBuilder();
        Random random = new Random(7);
        while (big.length() < 100_000) {
            int k = random.nextInt(20);
            big.append(k == 0 ? ',' : k == 1 ? '\n' : k == 2 ? '"' : (char) ('一' + random.nextInt(500)));
        }
        String name = big.toString();
        long breaks = name.chars().filter(c -> c == '\n').count();
        String csv = PERSONNEL_HEADER + USCC + ",\"" + name.replace("\"", "\"\"") + "\",张伟,监事\n" + USCC + ",,李娜,经理\n";
        CollectingSink sink = new CollectingSink();
        // When
        FileStats stats = read(CanonicalFile.PERSONNEL, utf8(csv), sink);
        // Then it loads unchanged, and the next row's line counts the field's line breaks
        assertThat(stats.loaded()).isEqualTo(2);
        assertThat(sink.personnel.get(0).companyName()).isEqualTo(name.strip());
        assertThat(sink.personnel.get(1).source().line()).isEqualTo(3 + breaks);
    }

    @Test
    void shouldSurviveBinaryGarbage() throws IOException {
        // Given a valid row followed by 200 kB of random bytes (NULs, quotes, commas, line breaks, invalid UTF-8)
        byte[] garbage = new byte[200_000];
        new Random(42).nextBytes(garbage);
        byte[] file = concat(utf8(PERSONNEL_HEADER + USCC + ",,张伟,监事\n"), garbage);
        CollectingSink sink = new CollectingSink();
        // When
        FileStats stats = read(CanonicalFile.PERSONNEL, file, sink);
        // Then the good row loads, every garbage record is rejected and counted
        assertThat(sink.personnel).hasSize(1);
        assertThat(stats.rows()).isEqualTo(stats.loaded() + stats.rejected());
        assertThat(stats.rejected()).isPositive().isEqualTo(sink.rejects.size());
        assertThat(sink.rejects).allSatisfy(r -> assertThat(r.reason())
                .isIn("invalid_encoding", "wrong_column_count", "missing_required", "invalid_uscc", "malformed_csv"));
    }

    @Test
    void shouldSurviveBinaryGarbageInJsonLines() throws IOException {
        byte[] garbage = new byte[100_000];
        new Random(43).nextBytes(garbage);
        byte[] file = concat(utf8("{\"case_no\":\"(2021)京0105民初2号\",\"text\":\"正文\"}\n"), garbage,
                utf8("\n{\"case_no\":\"(2021)京0105民初3号\",\"text\":\"正文\"}\n"));
        CollectingSink sink = new CollectingSink();
        FileStats stats = read(CanonicalFile.JUDGMENTS, file, sink);
        assertThat(sink.judgments).hasSize(2);
        assertThat(stats.rejected()).isEqualTo(sink.rejects.size()).isPositive();
    }

    @Test
    void shouldEndWithOneRejectWhenAQuoteNeverCloses() throws IOException {
        // Given an opening quote followed by more than FastCSV's 16M-character field buffer
        StringBuilder csv = new StringBuilder(PERSONNEL_HEADER).append(USCC).append(",,张伟,监事\n").append(USCC).append(",\"");
        csv.append("x".repeat(17 * 1024 * 1024)).append("\n").append(USCC).append(",,李娜,经理\n");
        CollectingSink sink = new CollectingSink();
        // When
        FileStats stats = read(CanonicalFile.PERSONNEL, utf8(csv.toString()), sink);
        // Then the row before loads and the rest of the file is one malformed_csv reject
        assertThat(stats).isEqualTo(new FileStats("personnel.csv", 2, 1, 1));
        assertThat(sink.rejects).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.reason()).isEqualTo("malformed_csv");
        });
    }

    @Test
    void shouldReportAFileWhoseHeaderCannotBeParsed() throws IOException {
        String csv = "\"" + "x".repeat(17 * 1024 * 1024) + "\n";
        CollectingSink sink = new CollectingSink();
        FileStats stats = read(CanonicalFile.PERSONNEL, utf8(csv), sink);
        assertThat(stats).isEqualTo(new FileStats("personnel.csv", 1, 0, 1));
        assertThat(sink.rejects).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(1);
            assertThat(r.reason()).isEqualTo("malformed_csv");
        });
    }

    @Test
    void shouldRejectDeeplyNestedJsonWithoutCrashing() throws IOException {
        // Given a line nested 100,000 levels deep and a normal line after it
        String deep = "{\"case_no\":\"(2021)京0105民初1号\",\"text\":\"t\",\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        String json = deep + "\n{\"case_no\":\"(2021)京0105民初2号\",\"text\":\"t\",\"meta\":{\"a\":[1,{\"b\":2}]}}\n";
        CollectingSink sink = new CollectingSink();
        // When
        FileStats stats = read(CanonicalFile.JUDGMENTS, utf8(json), sink);
        // Then the deep line is malformed_json and the next one loads, its unknown object kept as JSON text
        assertThat(stats).isEqualTo(new FileStats("judgments.jsonl", 2, 1, 1));
        assertThat(sink.rejects.get(0).reason()).isEqualTo("malformed_json");
        assertThat(sink.rejects.get(0).detail()).containsIgnoringCase("nesting");
        assertThat(sink.judgments.get(0).extra()).containsEntry("meta", "{\"a\":[1,{\"b\":2}]}");
    }

    @Test
    void shouldRejectJsonLinesThatAreNotOneObject() throws IOException {
        String json = String.join("\n",
                "[1,2]",
                "\"text\"",
                "{\"case_no\":\"(2021)京0105民初1号\",\"text\":\"t\"} trailing",
                "{\"case_no\":\"(2021)京0105民初1号\",\"case_no\":\"x\",\"text\":\"t\"}",
                "{\"case_no\":{\"a\":1},\"text\":\"t\"}",
                "{\"case_no\":\"(2021)京0105民初1号\",\"text\":\"t\"",
                "",
                "{\"case_no\":\"（2021）京0105民初9号\",\"text\":\"t\",\"date\":\"2021年3月5日\"}");
        CollectingSink sink = new CollectingSink();
        FileStats stats = read(CanonicalFile.JUDGMENTS, utf8(json), sink);
        assertThat(stats).isEqualTo(new FileStats("judgments.jsonl", 7, 1, 6));
        assertThat(sink.rejects).extracting(Reject::line).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(sink.rejects).extracting(Reject::reason).containsOnly("malformed_json");
        JudgmentRecord j = sink.judgments.get(0);
        assertThat(j.source().line()).isEqualTo(8);
        assertThat(j.caseNoNormalized()).isEqualTo("(2021)京0105民初9号");
        assertThat(j.date()).isEqualTo(java.time.LocalDate.of(2021, 3, 5));
    }

    @Test
    void shouldReadNothingFromAnEmptyFile() throws IOException {
        for (CanonicalFile kind : CanonicalFile.values()) {
            CollectingSink sink = new CollectingSink();
            assertThat(read(kind, new byte[0], sink)).isEqualTo(new FileStats(kind.fileName(), 0, 0, 0));
            assertThat(sink.rejects).isEmpty();
        }
    }

    @Test
    void shouldReadNothingFromAHeaderOnlyFile() throws IOException {
        CollectingSink sink = new CollectingSink();
        assertThat(read(CanonicalFile.PERSONNEL, utf8(PERSONNEL_HEADER), sink))
                .isEqualTo(new FileStats("personnel.csv", 0, 0, 0));
        assertThat(read(CanonicalFile.PERSONNEL, utf8("\uFEFF" + PERSONNEL_HEADER.strip()), sink))
                .isEqualTo(new FileStats("personnel.csv", 0, 0, 0));
        assertThat(sink.rejects).isEmpty();
    }

    @Test
    void shouldMatchHeadersInAnyOrderCaseAndWidthAfterABomAndKeepUnknownColumns() throws IOException {
        // Given a BOM, CRLF line ends, reordered, upper-case and full-width header names, an unknown column
        String csv = "\uFEFFPosition,ＰＥＲＳＯＮ_ＮＡＭＥ,remark, Company_USCC ,company_name\r\n"
                + "监事,张伟,备注一,91350100m000100y43,\r\n\r\n"
                + "经理,李娜,,,北京某某科技有限公司\r\n";
        CollectingSink sink = new CollectingSink();
        FileStats stats = read(CanonicalFile.PERSONNEL, utf8(csv), sink);
        assertThat(stats).isEqualTo(new FileStats("personnel.csv", 2, 2, 0));
        PersonnelRecord first = sink.personnel.get(0);
        assertThat(first.personName()).isEqualTo("张伟");
        assertThat(first.position()).isEqualTo("监事");
        assertThat(first.companyUscc()).isEqualTo("91350100M000100Y43");
        assertThat(first.extra()).containsExactly(java.util.Map.entry("remark", "备注一"));
        assertThat(sink.personnel.get(1).source().line()).isEqualTo(4);
        assertThat(sink.personnel.get(1).extra()).isEmpty();
    }

    @Test
    void shouldRejectEveryRowWhenARequiredColumnIsMissingFromTheHeader() throws IOException {
        CollectingSink sink = new CollectingSink();
        FileStats stats = read(CanonicalFile.PERSONNEL, utf8("company_uscc,person_name\n" + USCC + ",张伟\n"), sink);
        assertThat(stats.rejected()).isEqualTo(1);
        assertThat(sink.rejects.get(0).reason()).isEqualTo("missing_required");
        assertThat(sink.rejects.get(0).column()).isEqualTo("position");
    }

    @Test
    void shouldBoundTheValueQuotedInAReject() throws IOException {
        String huge = "9".repeat(100_000);
        CollectingSink sink = new CollectingSink();
        read(CanonicalFile.PERSONNEL, utf8(PERSONNEL_HEADER + huge + ",,张伟,监事\n"), sink);
        Reject r = sink.rejects.get(0);
        assertThat(r.reason()).isEqualTo("invalid_uscc");
        assertThat(r.value().length()).isLessThan(600);
        assertThat(r.detail()).startsWith("100000 characters");
    }

    // ---- every kind of hostile row in every canonical file at once: exact counts, and where each reject is

    private static final String USCC_2 = "91120101455490325F";
    private static final String SCRIPT_NAME = "北京<script>alert(1)</script>科技有限公司";
    private static final String CYPHER_NAME = "x') DETACH DELETE n //";
    private static final String CYPHER_TEXT = "'}) MATCH (n) DETACH DELETE n; CALL apoc.cypher.runWrite('MATCH (n) DELETE n', {}) //";

    /** A line of bytes that are not text: only bytes 0x80–0xFF, so no separator, quote or line break. */
    private static byte[] binaryLine(long seed) {
        byte[] b = new byte[2_000];
        Random random = new Random(seed);
        for (int i = 0; i < b.length; i++) b[i] = (byte) (0x80 + random.nextInt(0x80));
        return concat(b, utf8("\n"));
    }

    private static String csvQuote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private record Expected(long line, String column, String... reasons) {
    }

    private static void assertRejects(CollectingSink sink, String file, Expected... expected) {
        assertThat(sink.rejects).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            Reject r = sink.rejects.get(i);
            Expected e = expected[i];
            assertThat(r.file()).isEqualTo(file);
            assertThat(r.line()).as("line of reject %d in %s: %s", i, file, r).isEqualTo(e.line());
            assertThat(r.reason()).as("reason at %s:%d", file, e.line()).isIn((Object[]) e.reasons());
            if (e.column() != null) assertThat(r.column()).as("column at %s:%d", file, e.line()).isEqualTo(e.column());
            assertThat(r.detail()).as("detail at %s:%d", file, e.line()).isNotBlank();
        }
    }

    @Test
    void shouldRejectEveryHostileRowOfEveryFileWithItsPlaceAndLoadEveryGoodOneVerbatim() throws IOException {
        String longText = "长".repeat(100_000);
        String garbageReasons = "wrong_column_count invalid_encoding";

        // companies.csv: 2 good rows (script and Cypher strings, a 100,000-character address), 3 bad ones
        String companiesHeader = String.join(",", CanonicalFile.COMPANIES.columns()) + "\n";
        byte[] companies = concat(utf8(companiesHeader
                        + USCC + ",," + csvQuote(SCRIPT_NAME) + ",," + csvQuote(CYPHER_NAME) + ",100万元,2020-01-01,存续,,"
                        + csvQuote(longText) + ",,,\n"),
                utf8(USCC_2 + ",,天津"), new byte[]{(byte) 0xC3, 0x28}, utf8("有限公司,,,,,,,,,,\n"),
                utf8(USCC_2 + ",,只有三列\n"),
                binaryLine(1),
                utf8(USCC_2 + ",," + csvQuote("<img src=x onerror=alert(1)>有限公司") + ",,,,,,,"
                        + csvQuote(CYPHER_TEXT) + ",,,\n"));
        CollectingSink c = new CollectingSink();
        assertThat(read(CanonicalFile.COMPANIES, companies, c)).isEqualTo(new FileStats("companies.csv", 5, 2, 3));
        assertRejects(c, "companies.csv", new Expected(3, "name", "invalid_encoding"),
                new Expected(4, null, "wrong_column_count"), new Expected(5, null, garbageReasons.split(" ")));
        assertThat(c.companies.get(0).name()).isEqualTo(SCRIPT_NAME);
        assertThat(c.companies.get(0).legalRep()).isEqualTo(CYPHER_NAME);
        assertThat(c.companies.get(0).address()).isEqualTo(longText);
        assertThat(c.companies.get(1).source().line()).isEqualTo(6);
        assertThat(c.companies.get(1).address()).isEqualTo(CYPHER_TEXT);

        // shareholders.csv
        byte[] shareholders = concat(utf8(String.join(",", CanonicalFile.SHAREHOLDERS.columns()) + "\n"
                        + USCC + ",," + csvQuote(CYPHER_NAME) + ",自然人,,51%,,\n"
                        + USCC + ",,王五,自然人,,51%,,多余,再多\n"),
                binaryLine(2),
                utf8(USCC + ",," + csvQuote("<script>x</script>") + ",企业法人,,"), new byte[]{(byte) 0xFF}, utf8(",,\n"),
                utf8(USCC + ",," + csvQuote(longText) + ",自然人,,0.49,,\n"));
        CollectingSink sh = new CollectingSink();
        assertThat(read(CanonicalFile.SHAREHOLDERS, shareholders, sh)).isEqualTo(new FileStats("shareholders.csv", 5, 2, 3));
        assertRejects(sh, "shareholders.csv", new Expected(3, null, "wrong_column_count"),
                new Expected(4, null, garbageReasons.split(" ")), new Expected(5, "ratio", "invalid_encoding"));
        assertThat(sh.shareholders).extracting(ShareholderRecord::shareholderName).containsExactly(CYPHER_NAME, longText);

        // personnel.csv
        byte[] personnel = concat(utf8(PERSONNEL_HEADER
                        + USCC + ",," + csvQuote(SCRIPT_NAME) + ",监事\n"
                        + USCC + ",张伟\n"),
                utf8(USCC + ",,李"), new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80}, utf8(",经理\n"),
                binaryLine(3),
                utf8(USCC + "," + csvQuote(CYPHER_TEXT) + "," + csvQuote(CYPHER_NAME) + "," + csvQuote("<b>董事</b>") + "\n"));
        CollectingSink p = new CollectingSink();
        assertThat(read(CanonicalFile.PERSONNEL, personnel, p)).isEqualTo(new FileStats("personnel.csv", 5, 2, 3));
        assertRejects(p, "personnel.csv", new Expected(3, null, "wrong_column_count"),
                new Expected(4, "person_name", "invalid_encoding"), new Expected(5, null, garbageReasons.split(" ")));
        assertThat(p.personnel).extracting(PersonnelRecord::personName).containsExactly(SCRIPT_NAME, CYPHER_NAME);
        assertThat(p.personnel.get(1).position()).isEqualTo("<b>董事</b>");

        // guarantees.csv
        byte[] guarantees = concat(utf8(String.join(",", CanonicalFile.GUARANTEES.columns()) + "\n"
                        + csvQuote("HT-<script>1</script>") + "," + csvQuote(CYPHER_NAME) + ",," + csvQuote(SCRIPT_NAME)
                        + "," + USCC + "," + csvQuote(CYPHER_TEXT) + ",500万元,连带责任保证,2023-01-01,2026-01-01,\n"),
                binaryLine(4),
                utf8("HT-2,担保人"), new byte[]{(byte) 0xC0, (byte) 0xAF}, utf8(",,借款人,,,100万元,,,,\n"),
                utf8("HT-3,担保人,,借款人\n"),
                utf8("HT-4," + csvQuote(longText) + ",,借款人,,,1,200,000,,,,\n"),
                utf8("HT-5," + csvQuote(longText) + ",,借款人,,,\"1,200,000\",,,,\n"));
        CollectingSink g = new CollectingSink();
        assertThat(read(CanonicalFile.GUARANTEES, guarantees, g)).isEqualTo(new FileStats("guarantees.csv", 6, 2, 4));
        assertRejects(g, "guarantees.csv", new Expected(3, null, garbageReasons.split(" ")),
                new Expected(4, "guarantor_name", "invalid_encoding"), new Expected(5, null, "wrong_column_count"),
                new Expected(6, null, "wrong_column_count"));
        assertThat(g.guarantees.get(0).contractId()).isEqualTo("HT-<script>1</script>");
        assertThat(g.guarantees.get(0).creditorName()).isEqualTo(CYPHER_TEXT);
        assertThat(g.guarantees.get(1).guarantorName()).isEqualTo(longText);
        assertThat(g.guarantees.get(1).source().line()).isEqualTo(7);

        // judgments.jsonl
        String deep = "{\"case_no\":\"(2021)京0105民初3号\",\"text\":\"t\",\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        byte[] judgments = concat(
                utf8("{\"case_no\":\"(2021)京0105民初1号\",\"court\":\"<b>北京市朝阳区人民法院</b>\",\"text\":"
                        + JSON_QUOTE.apply(CYPHER_TEXT + "<script>alert(1)</script>" + longText) + "}\n"),
                utf8(deep + "\n"),
                utf8("{\"case_no\":\"(2021)京0105民初4号\",\"text\":\"原告"), new byte[]{(byte) 0xC3, 0x28}, utf8("\"}\n"),
                binaryLine(5),
                utf8("{\"case_no\":{\"$ne\":1},\"text\":[\"MATCH (n) DETACH DELETE n\"]}\n"),
                utf8("{\"case_no\":\"(2021)京0105民初2号\",\"text\":" + JSON_QUOTE.apply(CYPHER_NAME) + "}\n"));
        CollectingSink j = new CollectingSink();
        assertThat(read(CanonicalFile.JUDGMENTS, judgments, j)).isEqualTo(new FileStats("judgments.jsonl", 6, 2, 4));
        assertRejects(j, "judgments.jsonl", new Expected(2, null, "malformed_json"),
                new Expected(3, null, "invalid_encoding"), new Expected(4, null, "invalid_encoding", "malformed_json"),
                new Expected(5, null, "malformed_json"));
        assertThat(j.judgments.get(0).text()).isEqualTo(CYPHER_TEXT + "<script>alert(1)</script>" + longText);
        assertThat(j.judgments.get(0).court()).isEqualTo("<b>北京市朝阳区人民法院</b>");
        assertThat(j.judgments.get(1).text()).isEqualTo(CYPHER_NAME);
        assertThat(j.judgments.get(1).source().line()).isEqualTo(6);
    }

    private static final java.util.function.Function<String, String> JSON_QUOTE = s -> {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(s);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    };
}
