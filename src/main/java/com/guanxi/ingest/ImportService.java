package com.guanxi.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.guanxi.graph.BulkLoad;
import com.guanxi.graph.BulkLoader;
import com.guanxi.graph.CompanyRepository;
import com.guanxi.graph.GraphWriter;
import com.guanxi.resolution.BatchResult;
import com.guanxi.resolution.EntityLinker;
import com.guanxi.resolution.ExactNameLinker;
import com.guanxi.resolution.RegistrySnapshot;
import com.guanxi.resolution.ResolutionEngine;
import com.guanxi.resolution.ResolvedLinker;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Runs import batches: a folder in the canonical format is read file by file (registry first), every row either
 * written to the graph or rejected with its reason, and the batch's state, rejects and resolutions kept in its
 * folder under {@code guanxi.import.work-dir} so they outlive the process.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);
    private static final Pattern BATCH_ID = Pattern.compile("B\\d{8}-\\d{6}-[0-9a-f]{6}");
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();
    static final String INTERRUPTED = "The import was interrupted: the service stopped while it ran. Import the same "
            + "folder again to complete it; rows already in the graph are recognised, not written twice.";

    private final GraphWriter writer;
    private final CompanyRepository companies;
    private final ImportConfig config;
    private final ObjectMapper json;
    private final ManagedExecutor executor;
    private final Map<String, Tracker> running = new ConcurrentHashMap<>();
    private final jakarta.enterprise.event.Event<ImportFinished> finished;
    private final ResolutionEngine resolution;
    private final BulkLoader bulkLoader;

    ImportService(GraphWriter writer, CompanyRepository companies, ImportConfig config, ObjectMapper json,
                  ManagedExecutor executor, jakarta.enterprise.event.Event<ImportFinished> finished,
                  ResolutionEngine resolution, BulkLoader bulkLoader) {
        this.bulkLoader = bulkLoader;
        this.finished = finished;
        this.resolution = resolution;
        this.writer = writer;
        this.companies = companies;
        this.config = config;
        this.json = json;
        this.executor = executor;
    }

    /**
     * A batch whose state file still says running when the service starts was cut off by the process ending (a kill,
     * a crash, a power cut): it is marked failed, with what to do, instead of reporting progress forever. Its
     * folder is kept; importing the same folder again completes it (every write is a MERGE on the entity's key).
     */
    void failInterruptedBatches(@Observes StartupEvent event) {
        for (Path folder : batchFolders()) {
            Path state = folder.resolve("batch.json");
            if (!Files.isRegularFile(state) || running.containsKey(folder.getFileName().toString())) continue;
            try {
                ImportBatch batch = json.readValue(state.toFile(), ImportBatch.class);
                if (!ImportBatch.RUNNING.equals(batch.state())) continue;
                persist(new ImportBatch(batch.batchId(), ImportBatch.FAILED, batch.source(), batch.files(),
                        batch.progress(), batch.startedAt(), null, INTERRUPTED));
                LOG.warnf("Import batch %s was interrupted by the previous stop of the service; import %s again "
                        + "to complete it", batch.batchId(), batch.source());
            } catch (IOException | RuntimeException e) {
                LOG.warnf("Cannot read the state of import batch %s: %s", folder.getFileName(), e.getMessage());
            }
        }
    }

    /** A new, empty batch folder, e.g. to receive uploaded files. */
    public String newBatch() {
        String id = "B" + ID_TIME.format(Instant.now()) + "-" + HexFormat.of().formatHex(randomBytes());
        try {
            Files.createDirectories(batchFolder(id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return id;
    }

    public Path uploadFolder(String batchId) {
        return batchFolder(batchId).resolve("upload");
    }

    /** Starts importing {@code folder} in the background; the returned batch is in state running. */
    public ImportBatch start(String batchId, Path folder) {
        Tracker tracker = begin(batchId, folder);
        executor.execute(() -> run(tracker, p -> {
        }));
        return tracker.snapshot();
    }

    /** Imports {@code folder} in the calling thread, reporting progress about twice a second. */
    public ImportBatch runNow(Path folder, Consumer<ImportBatch> progress) {
        return runNow(folder, progress, false);
    }

    /**
     * As {@link #runNow(Path, Consumer)}; with {@code bulkIfEmpty} (the command line, service otherwise stopped) the
     * first batch into an empty embedded database is loaded with Neo4j's offline importer (see {@link BulkLoad}),
     * unless {@code guanxi.import.bulk} is off.
     */
    public ImportBatch runNow(Path folder, Consumer<ImportBatch> progress, boolean bulkIfEmpty) {
        Tracker tracker = begin(newBatch(), folder);
        tracker.bulkIfEmpty = bulkIfEmpty;
        return run(tracker, progress);
    }

    /**
     * Imports one vendor file through a declarative mapping of {@code import/mappings/} (e.g. registry-sample):
     * the mapping renames and reshapes the vendor's columns, then the canonical rules validate every row.
     */
    public ImportBatch runVendorNow(Path file, String mappingName, Consumer<ImportBatch> progress) {
        if (!mappingName.matches("[a-z0-9-]+")) throw new IllegalArgumentException("Unknown mapping " + mappingName);
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException("Not a file on the server: " + file);
        VendorMapping mapping;
        try (InputStream yaml = ImportService.class.getClassLoader()
                .getResourceAsStream("import/mappings/" + mappingName + ".yaml")) {
            if (yaml == null) throw new IllegalArgumentException("No mapping import/mappings/" + mappingName + ".yaml");
            mapping = VendorMapping.load(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String batchId = newBatch();
        Tracker tracker = new Tracker(batchId, file.getParent(), List.of(file));
        tracker.mapping = mapping;
        running.put(batchId, tracker);
        persist(tracker.snapshot());
        return run(tracker, progress);
    }

    public Optional<ImportBatch> get(String batchId) {
        if (!BATCH_ID.matcher(batchId).matches()) return Optional.empty();
        Tracker tracker = running.get(batchId);
        if (tracker != null) return Optional.of(tracker.snapshot());
        Path state = batchFolder(batchId).resolve("batch.json");
        if (!Files.isRegularFile(state)) return Optional.empty();
        try {
            return Optional.of(json.readValue(state.toFile(), ImportBatch.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Folders of every batch, newest first (for the review queue). */
    public List<Path> batchFolders() {
        Path root = Path.of(config.workDir()).toAbsolutePath();
        if (!Files.isDirectory(root)) return List.of();
        try (var folders = Files.list(root)) {
            return folders.filter(p -> BATCH_ID.matcher(p.getFileName().toString()).matches())
                    .sorted(java.util.Comparator.reverseOrder()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rejects or resolutions file of a batch (JSON Lines), once the batch exists. */
    public Optional<Path> journal(String batchId, boolean rejects) {
        if (get(batchId).isEmpty()) return Optional.empty();
        Path file = batchFolder(batchId).resolve(rejects ? ImportJournal.REJECTS : ImportJournal.RESOLUTIONS);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private Tracker begin(String batchId, Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("Not a folder on the server: " + folder);
        }
        List<Path> files = new ArrayList<>();
        for (CanonicalFile kind : CanonicalFile.values()) {
            Path file = folder.resolve(kind.fileName());
            if (Files.isRegularFile(file)) files.add(file);
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("The folder holds none of the canonical files "
                    + "(companies.csv, shareholders.csv, personnel.csv, guarantees.csv, judgments.jsonl): " + folder);
        }
        Tracker tracker = new Tracker(batchId, folder, files);
        running.put(batchId, tracker);
        persist(tracker.snapshot());
        return tracker;
    }

    private ImportBatch run(Tracker tracker, Consumer<ImportBatch> progress) {
        var reader = new CanonicalReader(tracker.batchId);
        RegistrySnapshot registry = companies.registrySnapshot();
        boolean resolveWholeBatch = resolution.fullMode();
        BulkLoad bulk = tracker.bulkIfEmpty && config.bulk() && bulkLoader.canLoad()
                // About one key (row or relationship) per 50 bytes of input at most.
                ? bulkLoader.open(batchFolder(tracker.batchId).resolve("bulk"), tracker.bytesTotal / 50,
                tracker.batchId, config.bulkMemory())
                : null;
        // A bulk load's files are written by one thread, in reading order; transactions by several.
        GraphImportSink.Target target = bulk != null ? bulk::write : GraphImportSink.Target.transactional(writer, tracker.batchId);
        var stages = new Stages();
        try (var journal = new ImportJournal(batchFolder(tracker.batchId), json);
             var writers = new ParallelWriters(bulk != null ? 1 : config.writerThreads());
             var bulkFiles = bulk) {
            if (resolveWholeBatch) {
                // Read and validate everything, resolve the batch as a whole, then write it.
                BatchRecords records = new BatchRecords(journal::reject);
                readAll(reader, tracker, new CountingSink(records, tracker, progress), () -> { });
                stages.next("read");
                tracker.currentFile = "resolving names";
                progress.accept(tracker.snapshot());
                BatchResult resolved = resolution.resolve(tracker.batchId, records, registry, companies.storedContext());
                resolved.companyMentions().forEach(journal::resolution);
                resolved.personMentions().forEach(journal::resolution);
                journal.reviewItems(resolved.reviewItems(), batchFolder(tracker.batchId));
                var linker = new ResolvedLinker(resolved, new ExactNameLinker(registry));
                stages.next("resolved");
                tracker.currentFile = "writing the graph";
                progress.accept(tracker.snapshot());
                try (var graph = new GraphImportSink(target, linker, journal, tracker.batchId, config.batchSize(),
                        writers, false)) {
                    records.companies.forEach(graph::company);
                    graph.drain();
                    records.shareholders.forEach(graph::shareholder);
                    records.personnel.forEach(graph::personnel);
                    records.guarantees.forEach(graph::guarantee);
                    records.judgments.forEach(graph::judgment);
                }
                stages.next(bulk != null ? "written to files" : "written");
                loadInBulk(bulk, tracker, progress, stages);
                mergeEntities(resolved);
                stages.next("entities merged");
            } else {
                EntityLinker linker = new ExactNameLinker(registry);
                // Reading and validating in this thread, linking and writing (in order) in the hand-off's.
                try (var graph = new GraphImportSink(target, linker, journal, tracker.batchId, config.batchSize(),
                        writers, true);
                     var linking = new HandOffSink(new CountingSink(graph, tracker, progress), "guanxi-import-link")) {
                    readAll(reader, tracker, linking, () -> {
                        linking.sync();
                        graph.drain();
                    });
                }
                stages.next(bulk != null ? "read and written to files" : "read and written");
                loadInBulk(bulk, tracker, progress, stages);
            }
            tracker.finish(ImportBatch.DONE, null);
            LOG.infof("Import batch %s: %s", tracker.batchId, stages);
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "Import batch %s failed", tracker.batchId);
            tracker.finish(ImportBatch.FAILED, "The import stopped: " + e.getMessage());
        }
        ImportBatch result = tracker.snapshot();
        persist(result);
        running.remove(tracker.batchId);
        progress.accept(result);
        finished.fire(new ImportFinished(result));
        return result;
    }

    /** Entities the batch showed to be one (a person tied to another, an outside organisation now registered). */
    private void mergeEntities(BatchResult resolved) {
        List<java.util.Map<String, Object>> merges = new ArrayList<>();
        for (var change : resolved.changes()) {
            if (change.isMerge()) merges.add(java.util.Map.of("from", change.fromId(), "into", change.toId()));
        }
        if (merges.isEmpty()) return;
        long merged = writer.mergeEntities(merges);
        LOG.infof("Batch merged %d of %d entities into others (new context or registry records)", merged, merges.size());
    }

    private static void loadInBulk(BulkLoad bulk, Tracker tracker, Consumer<ImportBatch> progress, Stages stages)
            throws IOException {
        if (bulk == null) return;
        var done = bulk.finish(stage -> {
            tracker.currentFile = stage;
            progress.accept(tracker.snapshot());
        });
        stages.add("importer", done.importSeconds());
        stages.add("values with line breaks", done.propertiesSeconds());
        stages.add("constraints and indexes", done.schemaSeconds());
        stages.add("later rows", done.laterSeconds());
        stages.next(null);
    }

    /** Wall-clock seconds of each stage of a batch, for the log. */
    private static final class Stages {
        private final StringBuilder text = new StringBuilder();
        private long since = System.nanoTime();

        /** The stage that ends now ({@code null}: none, the time since the last one is accounted for). */
        void next(String stage) {
            long now = System.nanoTime();
            if (stage != null) add(stage, (now - since) / 1e9);
            since = now;
        }

        void add(String stage, double seconds) {
            if (!text.isEmpty()) text.append(", ");
            text.append(stage).append(String.format(" %.1f s", seconds));
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /** Reads every file of the batch in order; {@code afterFile} runs when a file is fully read. */
    private static void readAll(CanonicalReader reader, Tracker tracker, IngestSink sink, Runnable afterFile)
            throws IOException {
        for (Path file : tracker.files) {
            tracker.currentFile = file.getFileName().toString();
            try (InputStream in = new CountingInputStream(Files.newInputStream(file), tracker.bytesRead)) {
                FileStats stats = tracker.mapping != null
                        ? tracker.mapping.read(file.getFileName().toString(), in, tracker.batchId, sink)
                        : reader.read(CanonicalFile.byFileName(file.getFileName().toString()).orElseThrow(),
                        file.getFileName().toString(), in, sink);
                afterFile.run();
                synchronized (tracker) {
                    tracker.done.add(stats);
                }
            }
        }
    }

    private void persist(ImportBatch batch) {
        try {
            Path folder = batchFolder(batch.batchId());
            Files.createDirectories(folder);
            Path tmp = folder.resolve("batch.json.tmp");
            json.writeValue(tmp.toFile(), batch);
            Files.move(tmp, folder.resolve("batch.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path batchFolder(String batchId) {
        return Path.of(config.workDir()).toAbsolutePath().resolve(batchId);
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[3];
        RANDOM.nextBytes(b);
        return b;
    }

    /** Live counters of a running batch. */
    private static final class Tracker {
        final String batchId;
        final Path folder;
        final List<Path> files;
        VendorMapping mapping;
        boolean bulkIfEmpty;
        final long bytesTotal;
        final AtomicLong bytesRead = new AtomicLong();
        final AtomicLong rows = new AtomicLong();
        final AtomicLong rejected = new AtomicLong();
        final List<FileStats> done = new ArrayList<>();
        final Instant startedAt = Instant.now();
        volatile String currentFile;
        volatile String state = ImportBatch.RUNNING;
        volatile Instant finishedAt;
        volatile String error;

        Tracker(String batchId, Path folder, List<Path> files) {
            this.batchId = batchId;
            this.folder = folder;
            this.files = files;
            long total = 0;
            for (Path f : files) {
                try {
                    total += Files.size(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            this.bytesTotal = total;
        }

        void finish(String state, String error) {
            this.state = state;
            this.error = error;
            this.finishedAt = Instant.now();
        }

        synchronized ImportBatch snapshot() {
            Instant end = finishedAt == null ? Instant.now() : finishedAt;
            double seconds = Math.max(1e-3, (end.toEpochMilli() - startedAt.toEpochMilli()) / 1000.0);
            long read = bytesRead.get();
            double rate = rows.get() / seconds;
            Double eta = read == 0 || finishedAt != null ? null
                    : seconds * (bytesTotal - read) / (double) read;
            var progress = new ImportBatch.Progress(rows.get(), rejected.get(), read, bytesTotal, rate, eta,
                    finishedAt == null ? currentFile : null);
            return new ImportBatch(batchId, state, folder.toString(), List.copyOf(done), progress, startedAt,
                    finishedAt, error);
        }
    }

    /** Counts rows for progress and hands them on; reports progress at most twice a second. */
    private static final class CountingSink implements IngestSink {
        private final IngestSink next;
        private final Tracker tracker;
        private final Consumer<ImportBatch> progress;
        private long lastReport = System.nanoTime();

        CountingSink(IngestSink next, Tracker tracker, Consumer<ImportBatch> progress) {
            this.next = next;
            this.tracker = tracker;
            this.progress = progress;
        }

        private void tick() {
            tracker.rows.incrementAndGet();
            long now = System.nanoTime();
            if (now - lastReport > 500_000_000L) {
                lastReport = now;
                progress.accept(tracker.snapshot());
            }
        }

        @Override public void company(CompanyRecord r) { next.company(r); tick(); }
        @Override public void shareholder(ShareholderRecord r) { next.shareholder(r); tick(); }
        @Override public void personnel(PersonnelRecord r) { next.personnel(r); tick(); }
        @Override public void guarantee(GuaranteeRecord r) { next.guarantee(r); tick(); }
        @Override public void judgment(JudgmentRecord r) { next.judgment(r); tick(); }
        @Override public void reject(Reject r) { next.reject(r); tracker.rejected.incrementAndGet(); tick(); }
    }

    private static final class CountingInputStream extends FilterInputStream {
        private final AtomicLong counter;

        CountingInputStream(InputStream in, AtomicLong counter) {
            super(in);
            this.counter = counter;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) counter.incrementAndGet();
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) counter.addAndGet(n);
            return n;
        }
    }
}
