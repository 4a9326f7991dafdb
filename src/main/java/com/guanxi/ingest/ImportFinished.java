package com.guanxi.ingest;

/** Fired when an import batch has ended (done or failed), after its state is persisted. */
public record ImportFinished(ImportBatch batch) {
}
