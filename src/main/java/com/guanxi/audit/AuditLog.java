package com.guanxi.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The append-only audit trail: one JSON Lines file per day ({@code audit-YYYY-MM-DD.jsonl}, days in the configured
 * zone) in one folder, every line chained to the one before by SHA-256, across files and restarts. Lines are only
 * ever appended (never rewritten); each append is flushed to disk before it returns when {@code fsync} is on.
 * <p>
 * Flushing is a group commit: a line is written under the log's lock, and the caller then waits until one force of
 * the file covers it. One thread forces at a time, covering every line written so far; the lines written while that
 * force ran are covered by the next one. So concurrent requests share forces instead of queueing for one each, and
 * no answer leaves before its own line is on disk (no timer: a lone request is forced at once).
 * <p>
 * The chain detects a changed, inserted or removed line; it cannot by itself detect lines cut off at the end of the
 * newest file, which is why {@link ChainCheck} reports the entry count and the last hash can be kept elsewhere.
 */
public final class AuditLog implements Closeable {

    public static final String GENESIS = "0".repeat(64);
    private static final Pattern FILE_NAME = Pattern.compile("audit-(\\d{4}-\\d{2}-\\d{2})\\.jsonl");
    /** The hash is the last field: {@code ,"hash":"<64 hex>"}} closes every line. */
    private static final Pattern HASHED_LINE = Pattern.compile("(\\{.*),\"hash\":\"([0-9a-f]{64})\"}");

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path dir;
    private final ZoneId zone;
    private final boolean fsync;
    private final Clock clock;

    private long lastSeq;
    private String lastHash;
    private LocalDate openDay;
    private FileChannel channel;
    /** Held by the one thread forcing the file; {@link #durableSeq} is the last entry known to be on disk. */
    private final Object forcing = new Object();
    private long durableSeq;

    public AuditLog(Path dir, ZoneId zone, boolean fsync, Clock clock) {
        this.dir = dir.toAbsolutePath().normalize();
        this.zone = zone;
        this.fsync = fsync;
        this.clock = clock;
        try {
            Files.createDirectories(this.dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the audit folder " + this.dir, e);
        }
        recoverHead();
    }

    public Path dir() {
        return dir;
    }

    /** Appends one entry and returns it with its sequence number, time and hashes, once it is on disk (fsync on). */
    public AuditEntry append(AuditEvent event) {
        AuditEntry entry;
        String hash;
        synchronized (this) {
            Instant now = clock.instant();
            entry = AuditEntry.of(lastSeq + 1, now, event, lastHash);
            String body = json(entry);
            hash = sha256(body);
            String line = body.substring(0, body.length() - 1) + ",\"hash\":\"" + hash + "\"}\n";
            try {
                FileChannel out = channelFor(LocalDate.ofInstant(now, zone));
                ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) out.write(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot append to the audit trail in " + dir, e);
            }
            lastSeq = entry.seq();
            lastHash = hash;
        }
        if (fsync) awaitDurable(entry.seq());
        return entry.withHash(hash);
    }

    /** Returns once entry {@code seq} is on disk: forced by this thread, or by a force that began after it was written. */
    private void awaitDurable(long seq) {
        synchronized (forcing) {
            if (durableSeq >= seq) return;
            long upTo;
            FileChannel out;
            synchronized (this) {
                upTo = lastSeq;
                out = channel;
            }
            try {
                // A file closed since (a new day) was forced when it was closed.
                if (out != null && out.isOpen()) out.force(false);
            } catch (java.nio.channels.ClosedChannelException e) {
                // Closed between the check and the force: closing forced it.
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot flush the audit trail in " + dir, e);
            }
            durableSeq = upTo;
        }
    }

    /** Entries matching the query, newest first, at most {@code query.limit()}. */
    public List<AuditEntry> search(AuditQuery query) {
        List<AuditEntry> found = new ArrayList<>();
        List<Path> files = files();
        Collections.reverse(files);
        for (Path file : files) {
            LocalDate day = dayOf(file);
            if (query.to() != null && day.isAfter(LocalDate.ofInstant(query.to(), zone))) continue;
            if (query.from() != null && day.isBefore(LocalDate.ofInstant(query.from(), zone))) break;
            List<AuditEntry> inFile = new ArrayList<>();
            forEachLine(file, (number, line) -> {
                AuditEntry entry = parse(line);
                if (entry != null && query.matches(entry)) inFile.add(entry);
                return true;
            });
            Collections.reverse(inFile);
            for (AuditEntry entry : inFile) {
                found.add(entry);
                if (found.size() == query.limit()) return found;
            }
        }
        return found;
    }

    /** Recomputes every hash and link, oldest file first, and reports the first line that does not verify. */
    public ChainCheck verify() {
        List<Path> files = files();
        String[] expectedPrev = {GENESIS};
        long[] expectedSeq = {1};
        long[] entries = {0};
        ChainCheck[] broken = {null};
        for (Path file : files) {
            String name = file.getFileName().toString();
            forEachLine(file, (number, line) -> {
                String reason = check(line, expectedPrev[0], expectedSeq[0]);
                if (reason != null) {
                    broken[0] = ChainCheck.broken(files.size(), entries[0], name, number, reason);
                    return false;
                }
                Matcher m = HASHED_LINE.matcher(line);
                m.matches();
                expectedPrev[0] = m.group(2);
                expectedSeq[0]++;
                entries[0]++;
                return true;
            });
            if (broken[0] != null) return broken[0];
        }
        return ChainCheck.ok(files.size(), entries[0]);
    }

    @Override
    public synchronized void close() {
        if (channel != null) {
            try {
                // Lines may be waiting for a group force: force them before the file is let go.
                if (fsync) channel.force(false);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot flush the audit trail in " + dir, e);
            } finally {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // Every line was already written (and forced above when fsync is on).
                }
                channel = null;
            }
        }
    }

    private static String check(String line, String expectedPrev, long expectedSeq) {
        Matcher m = HASHED_LINE.matcher(line);
        if (!m.matches()) return "not a complete audit line";
        if (!sha256(m.group(1) + "}").equals(m.group(2))) return "the line's content does not match its hash";
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return "not valid JSON";
        }
        if (!expectedPrev.equals(node.path("prev").asText())) {
            return "the line does not follow the previous one (a line was removed, inserted or changed before it)";
        }
        if (node.path("seq").asLong() != expectedSeq) return "sequence number " + node.path("seq").asLong()
                + " where " + expectedSeq + " was expected";
        return null;
    }

    private FileChannel channelFor(LocalDate day) throws IOException {
        if (channel == null || !day.equals(openDay)) {
            close();
            Path file = dir.resolve("audit-" + day + ".jsonl");
            if (!Files.exists(file)) ownerOnly(Files.createFile(file));
            channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            endWithNewline(file, channel);
            openDay = day;
        }
        return channel;
    }

    /** Who asked about whom is itself personal data: readable by the service's account only. */
    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the folder's permissions are the operator's to set.
        }
    }

    /** A line cut short by a crash stays as it is (verification reports it); the next one starts on its own line. */
    private static void endWithNewline(Path file, FileChannel out) throws IOException {
        long size = out.size();
        if (size == 0) return;
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer last = ByteBuffer.allocate(1);
            in.read(last, size - 1);
            if (last.get(0) != '\n') out.write(ByteBuffer.wrap(new byte[]{'\n'}));
        }
    }

    /** The chain continues from the last complete line of the newest file. */
    private void recoverHead() {
        lastSeq = 0;
        lastHash = GENESIS;
        List<Path> files = files();
        Collections.reverse(files);
        for (Path file : files) {
            String[] hash = {null};
            long[] seq = {0};
            forEachLine(file, (number, line) -> {
                Matcher m = HASHED_LINE.matcher(line);
                AuditEntry entry = m.matches() ? parse(line) : null;
                if (entry != null) {
                    hash[0] = m.group(2);
                    seq[0] = entry.seq();
                }
                return true;
            });
            if (hash[0] != null) {
                lastHash = hash[0];
                lastSeq = seq[0];
                return;
            }
        }
    }

    private List<Path> files() {
        try (Stream<Path> list = Files.list(dir)) {
            return new ArrayList<>(list.filter(p -> FILE_NAME.matcher(p.getFileName().toString()).matches())
                    .sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the audit folder " + dir, e);
        }
    }

    private static LocalDate dayOf(Path file) {
        Matcher m = FILE_NAME.matcher(file.getFileName().toString());
        m.matches();
        return LocalDate.parse(m.group(1));
    }

    private interface LineVisitor {
        /** Returns false to stop. */
        boolean visit(int number, String line);
    }

    private static void forEachLine(Path file, LineVisitor visitor) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isEmpty()) continue;
                if (!visitor.visit(number, line)) return;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit file " + file, e);
        }
    }

    private static AuditEntry parse(String line) {
        try {
            return JSON.readValue(line, AuditEntry.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String json(AuditEntry entry) {
        try {
            return JSON.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
