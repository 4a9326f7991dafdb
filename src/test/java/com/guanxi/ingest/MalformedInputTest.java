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
}
