package com.guanxi.bench;

import com.guanxi.ingest.BatchSummary;
import com.guanxi.ingest.CanonicalFile;
import com.guanxi.ingest.CanonicalReader;
import com.guanxi.ingest.CompanyRecord;
import com.guanxi.ingest.DemoDataGenerator;
import com.guanxi.ingest.FileStats;
import com.guanxi.ingest.GuaranteeRecord;
import com.guanxi.ingest.IngestSink;
import com.guanxi.ingest.JudgmentRecord;
import com.guanxi.ingest.PersonnelRecord;
import com.guanxi.ingest.Reject;
import com.guanxi.ingest.ShareholderRecord;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ingest benchmark: generates a demo dataset, then parses and normalises every file, printing rows/s per file and
 * the peak heap in use (sampled every 5 ms). Not a test.
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -Xmx256m -cp target/classes:target/test-classes:$(cat cp.txt) com.guanxi.bench.IngestBench [dir] [companies=1000000] [seed]
 * </pre>
 * An existing dataset in {@code dir} (manifest.json) of the same size is reused unless {@code -Dregenerate=true}.
 */
public final class IngestBench {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench-data");
        int companies = args.length > 1 ? Integer.parseInt(args[1].replace("_", "")) : 1_000_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20240630L;
        HeapSampler heap = new HeapSampler();
        heap.start();
        System.out.printf("IngestBench: %d companies, seed %d, max heap %d MB, %d cores%n", companies, seed,
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());

        boolean reuse = Files.exists(dir.resolve("manifest.json")) && !Boolean.getBoolean("regenerate")
                && Files.readString(dir.resolve("manifest.json")).contains("\"companies\" : " + companies + ",");
        if (!reuse) {
            heap.reset();
            long t0 = System.nanoTime();
            DemoDataGenerator.Manifest m = new DemoDataGenerator(seed).generate(dir, companies);
            double s = (System.nanoTime() - t0) / 1e9;
            long rows = m.dataRows().values().stream().mapToLong(Long::longValue).sum();
            System.out.printf("generate: %,d rows in %.1f s = %,.0f rows/s, %,d MB on disk, peak heap %d MB%n",
                    rows, s, rows / s, folderBytes(dir) >> 20, heap.peakMb());
        } else {
            System.out.println("generate: reusing " + dir.toAbsolutePath());
        }

        for (int round = 1; round <= 2; round++) {
            System.gc();
            heap.reset();
            CountingSink sink = new CountingSink();
            CanonicalReader reader = new CanonicalReader("bench");
            long total = 0;
            long t0 = System.nanoTime();
            for (CanonicalFile f : CanonicalFile.values()) {
                Path p = dir.resolve(f.fileName());
                long t = System.nanoTime();
                FileStats st = reader.read(f, p, sink);
                double s = (System.nanoTime() - t) / 1e9;
                total += st.rows();
                System.out.printf("  round %d %-17s %,10d rows %,9d rejected %6.1f s %,10.0f rows/s %6.1f MB/s%n", round,
                        f.fileName(), st.rows(), st.rejected(), s, st.rows() / s, Files.size(p) / 1e6 / s);
            }
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("parse+normalise round %d: %,d rows in %.1f s = %,.0f rows/s, peak heap used %d MB%n",
                    round, total, s, total / s, heap.peakMb());
            if (sink.checksum == 42) System.out.println(); // keep the records observably used
        }
        heap.finish();
    }

    private static long folderBytes(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        }
    }

    /** Touches every record so that nothing is optimised away; keeps nothing. */
    private static final class CountingSink implements IngestSink {
        long checksum;

        @Override
        public void company(CompanyRecord r) {
            checksum += java.util.Objects.hashCode(r.uscc()) + (r.registeredCapital() == null ? 0 : r.registeredCapital().amount().signum());
        }

        @Override
        public void shareholder(ShareholderRecord r) {
            checksum += r.shareholderName().length() + (r.ratio() == null ? 0 : r.ratio().scale());
        }

        @Override
        public void personnel(PersonnelRecord r) {
            checksum += r.personName().length();
        }

        @Override
        public void guarantee(GuaranteeRecord r) {
            checksum += r.amount().amount().scale() + r.status().length();
        }

        @Override
        public void judgment(JudgmentRecord r) {
            checksum += r.caseNoNormalized().length();
        }

        @Override
        public void reject(Reject r) {
            checksum += r.line();
        }
    }

    /** Samples heap in use every 5 ms (a peak between samples can be missed; GC makes this an upper estimate anyway). */
    private static final class HeapSampler extends Thread {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;

        HeapSampler() {
            setDaemon(true);
            setName("heap-sampler");
        }

        @Override
        public void run() {
            while (running) {
                long used = memory.getHeapMemoryUsage().getUsed();
                peak.accumulateAndGet(used, Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void reset() {
            peak.set(memory.getHeapMemoryUsage().getUsed());
        }

        long peakMb() {
            return peak.get() >> 20;
        }

        void finish() {
            running = false;
        }
    }
}
