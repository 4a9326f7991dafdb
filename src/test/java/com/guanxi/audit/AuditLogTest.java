package com.guanxi.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuditLogTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;

    /** A clock that moves on by the given step at every reading. */
    static Clock stepping(Instant start, java.time.Duration step) {
        return new Clock() {
            Instant next = start;

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public synchronized Instant instant() {
                Instant now = next;
                next = next.plus(step);
                return now;
            }
        };
    }

    static AuditEvent query(String user, String subject) {
        return new AuditEvent(user, "GET", "/api/companies/{id}", "/api/companies/" + subject, subject, "贷前审查", 200, "127.0.0.1");
    }

    private AuditLog logOverTwoDays() {
        // 2024-06-30T15:00Z is 23:00 in Shanghai: six entries an hour apart span two local days
        AuditLog log = new AuditLog(dir, SHANGHAI, false, stepping(Instant.parse("2024-06-30T13:30:00Z"), java.time.Duration.ofHours(1)));
        for (int i = 1; i <= 6; i++) log.append(query(i % 2 == 0 ? "alice" : "bob", "C" + i));
        return log;
    }

    @Test
    void shouldChainEveryEntryToThePreviousOneAcrossDays() throws IOException {
        try (AuditLog log = logOverTwoDays()) {
            assertThat(Files.list(dir).map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("audit-2024-06-30.jsonl", "audit-2024-07-01.jsonl");
            ChainCheck check = log.verify();
            assertThat(check.valid()).isTrue();
            assertThat(check.entries()).isEqualTo(6);
            assertThat(check.files()).isEqualTo(2);
        }
    }

    @Test
    void shouldDetectAChangedLine() throws IOException {
        logOverTwoDays().close();
        Path file = dir.resolve("audit-2024-06-30.jsonl");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        lines.set(1, lines.get(1).replace("\"subject\":\"C2\"", "\"subject\":\"C9\""));
        Files.write(file, lines, StandardCharsets.UTF_8);

        ChainCheck check = new AuditLog(dir, SHANGHAI, false, Clock.systemUTC()).verify();

        assertThat(check.valid()).isFalse();
        assertThat(check.file()).isEqualTo("audit-2024-06-30.jsonl");
        assertThat(check.line()).isEqualTo(2);
        assertThat(check.reason()).contains("hash");
    }

    @Test
    void shouldDetectARemovedLine() throws IOException {
        logOverTwoDays().close();
        Path file = dir.resolve("audit-2024-06-30.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        lines.remove(0);
        Files.write(file, lines, StandardCharsets.UTF_8);

        ChainCheck check = new AuditLog(dir, SHANGHAI, false, Clock.systemUTC()).verify();

        assertThat(check.valid()).isFalse();
        assertThat(check.line()).isEqualTo(1);
        assertThat(check.reason()).contains("previous");
    }

    @Test
    void shouldDetectARehashedLineThroughTheNextOne() throws IOException {
        // Given a forger who changes a line and recomputes its own hash
        logOverTwoDays().close();
        Path file = dir.resolve("audit-2024-06-30.jsonl");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String changed = lines.get(0).replace("\"user\":\"bob\"", "\"user\":\"eve\"");
        String body = changed.substring(0, changed.indexOf(",\"hash\":"));
        lines.set(0, body + ",\"hash\":\"" + AuditLog.sha256(body + "}") + "\"}");
        Files.write(file, lines, StandardCharsets.UTF_8);

        ChainCheck check = new AuditLog(dir, SHANGHAI, false, Clock.systemUTC()).verify();

        // Then the chain breaks at the line after it
        assertThat(check.valid()).isFalse();
        assertThat(check.line()).isEqualTo(2);
    }

    @Test
    void shouldContinueTheChainAfterARestart() {
        logOverTwoDays().close();
        try (AuditLog reopened = new AuditLog(dir, SHANGHAI, false, Clock.systemUTC())) {
            AuditEntry next = reopened.append(query("carol", "C7"));
            assertThat(next.seq()).isEqualTo(7);
            ChainCheck check = reopened.verify();
            assertThat(check.valid()).isTrue();
            assertThat(check.entries()).isEqualTo(7);
        }
    }

    @Test
    void shouldFindEntriesByUserSubjectAndTimeNewestFirst() {
        try (AuditLog log = logOverTwoDays()) {
            assertThat(log.search(new AuditQuery("alice", null, null, null, 100)))
                    .extracting(AuditEntry::subject).containsExactly("C6", "C4", "C2");
            assertThat(log.search(new AuditQuery(null, "C3", null, null, 100)))
                    .extracting(AuditEntry::user).containsExactly("bob");
            assertThat(log.search(new AuditQuery(null, null, Instant.parse("2024-06-30T15:00:00Z"),
                    Instant.parse("2024-06-30T16:30:00Z"), 100)))
                    .extracting(AuditEntry::subject).containsExactly("C4", "C3");
            assertThat(log.search(new AuditQuery(null, null, null, null, 2)))
                    .extracting(AuditEntry::subject).containsExactly("C6", "C5");
        }
    }

    @Test
    void shouldKeepEachEntryOnOneLineWhateverTheRequestCarried() {
        try (AuditLog log = new AuditLog(dir, SHANGHAI, false, Clock.systemUTC())) {
            log.append(new AuditEvent("alice", "GET", "/api/companies/{id}", "/x", "C1\n{\"forged\":true}", "a\r\nb", 200, null));
            assertThat(log.verify().valid()).isTrue();
            assertThat(log.search(new AuditQuery(null, null, null, null, 10))).singleElement()
                    .satisfies(e -> assertThat(e.subject()).doesNotContain("\n"));
        }
    }

    @Test
    void shouldKeepOneUnbrokenChainWhenManyRequestsAppendAtOnceWithFsync() throws Exception {
        // Appends share forces (group commit): every entry must still be written once, chained, across a day change.
        int threads = 16;
        int each = 40;
        List<AuditEntry> returned = java.util.Collections.synchronizedList(new ArrayList<>());
        try (AuditLog log = new AuditLog(dir, SHANGHAI, true,
                stepping(Instant.parse("2024-06-30T15:50:00Z"), java.time.Duration.ofSeconds(1)))) {
            var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
            var start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String user = "user" + t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) returned.add(log.append(query(user, user + "-" + i)));
                    return null;
                }));
            }
            start.countDown();
            for (var f : done) f.get();
            pool.shutdown();

            ChainCheck check = log.verify();
            assertThat(check.valid()).isTrue();
            assertThat(check.entries()).isEqualTo((long) threads * each);
            assertThat(returned).extracting(AuditEntry::seq).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(java.util.stream.LongStream.rangeClosed(1, threads * each)
                            .boxed().toList());
            // 15:50Z + 800 s crosses midnight in Shanghai (16:00Z): two files.
            try (var files = Files.list(dir)) {
                assertThat(files.filter(f -> f.getFileName().toString().endsWith(".jsonl")).count()).isEqualTo(2);
            }
        }
    }
}
