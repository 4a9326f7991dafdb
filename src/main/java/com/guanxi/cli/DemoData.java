package com.guanxi.cli;

import com.guanxi.graph.GraphStats;
import com.guanxi.ingest.DemoDataGenerator;
import com.guanxi.ingest.ImportService;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The demo dataset: generated in the canonical format, then imported like any batch when the graph is empty. */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    private final ImportService imports;
    private final GraphStats stats;
    private final ManagedExecutor executor;
    private final Path folder;
    private final int companies;

    DemoData(ImportService imports, GraphStats stats, ManagedExecutor executor,
             @ConfigProperty(name = "guanxi.demo.folder", defaultValue = "data/demo") String folder,
             @ConfigProperty(name = "guanxi.demo.companies", defaultValue = "3000") int companies) {
        this.imports = imports;
        this.stats = stats;
        this.executor = executor;
        this.folder = Path.of(folder);
        this.companies = companies;
    }

    public void generate(Path target, long companyCount, long seed) throws IOException {
        if (companyCount > Integer.MAX_VALUE) throw new IllegalArgumentException("too many companies: " + companyCount);
        new DemoDataGenerator(seed).generate(target, (int) companyCount);
    }

    /** Generates (once) and imports the demo dataset unless the graph already holds companies. */
    public void loadInBackground() {
        executor.execute(() -> {
            try {
                if (stats.counts().nodes().getOrDefault("Company", 0L) > 0) {
                    LOG.info("The graph already holds companies; the demo dataset is not imported again.");
                    return;
                }
                if (!Files.isRegularFile(folder.resolve("companies.csv"))) {
                    LOG.infof("Generating the demo dataset (%d companies) in %s", companies, folder.toAbsolutePath());
                    generate(folder, companies, 20240630L);
                }
                var batch = imports.runNow(folder, b -> {
                });
                LOG.infof("Demo dataset imported: batch %s %s, %d rows", batch.batchId(), batch.state(),
                        batch.progress().rows());
            } catch (IOException | RuntimeException e) {
                LOG.error("Could not load the demo dataset", e);
            }
        });
    }
}
