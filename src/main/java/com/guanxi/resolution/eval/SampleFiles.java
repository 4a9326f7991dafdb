package com.guanxi.resolution.eval;

import com.guanxi.ingest.BatchRecords;
import com.guanxi.ingest.CanonicalReader;
import com.guanxi.resolution.Batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * Reads a canonical-format folder into a {@link Batch} with the import's own readers, so the evaluation resolves
 * exactly the rows an import would load. {@code expectedBadRows} ("file:line") is only checked: every such row
 * must have been rejected by the reader, or the evaluation would be scoring a different input.
 */
public final class SampleFiles {

    private SampleFiles() {
    }

    public static Batch read(Path folder, String batchId, Set<String> expectedBadRows) {
        var rejected = new java.util.HashSet<String>();
        BatchRecords records = new BatchRecords(r -> rejected.add(r.file() + ":" + r.line()));
        try {
            new CanonicalReader(batchId).readFolder(folder, records);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!rejected.containsAll(expectedBadRows)) {
            var missing = new java.util.TreeSet<>(expectedBadRows);
            missing.removeAll(rejected);
            throw new IllegalStateException("The readers loaded rows the truth marks as bad: " + missing);
        }
        return new Batch(batchId, records.companies, records.shareholders, records.personnel, records.guarantees,
                records.judgments);
    }
}
