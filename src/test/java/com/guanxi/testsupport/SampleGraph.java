package com.guanxi.testsupport;

import com.guanxi.ingest.ImportBatch;
import com.guanxi.ingest.ImportService;

/** Imports shared/samples/small once per test JVM (the Quarkus app and its graph are shared by test classes). */
public final class SampleGraph {
    private static ImportBatch batch;

    private SampleGraph() {
    }

    public static synchronized ImportBatch ensureImported(ImportService imports) {
        if (batch == null) {
            batch = imports.runNow(SharedData.samplesSmall(), b -> {
            });
        }
        return batch;
    }
}
