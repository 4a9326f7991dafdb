package com.guanxi.graph;

import org.neo4j.batchimport.api.BatchImporter;
import org.neo4j.batchimport.api.Configuration;
import org.neo4j.batchimport.api.IndexConfig;
import org.neo4j.batchimport.api.Monitor;
import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.batchimport.api.input.IdType;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.batchimport.api.input.ReadableGroups;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.internal.batchimport.DefaultAdditionalIds;
import org.neo4j.io.ByteUnit;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.layout.Neo4jLayout;
import org.neo4j.io.pagecache.context.CursorContextFactory;
import org.neo4j.io.pagecache.context.FixedVersionContextSupplier;
import org.neo4j.io.pagecache.tracing.PageCacheTracer;
import org.neo4j.kernel.impl.index.schema.IndexImporterFactoryImpl;
import org.neo4j.kernel.impl.scheduler.JobSchedulerFactory;
import org.neo4j.kernel.impl.transaction.log.files.TransactionLogInitializer;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.logging.internal.SimpleLogService;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.storageengine.api.StorageEngineFactory;
import org.neo4j.storageengine.api.TransactionIdStore;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Neo4j's offline importer (what {@code neo4j-admin database import full} runs), fed {@link ImportRows} directly:
 * builds the default database's store in a stopped server's {@code home} from nodes and relationships whose node ids
 * are given. Strict: a duplicate node or a relationship it cannot load fails the import instead of being left out.
 */
final class StoreImporter {

    private StoreImporter() {
    }

    /**
     * Imports {@code nodes} and {@code relationships} into the (absent or empty) store of {@code home}, the importer's
     * progress going to {@code log}; {@code offHeapMemory} is its memory limit (e.g. {@code 2g}).
     */
    static void importStore(Path home, ImportRows nodes, ImportRows relationships, String offHeapMemory, Path log)
            throws IOException {
        long memory;
        try {
            memory = ByteUnit.parse(offHeapMemory);
        } catch (IllegalArgumentException e) {
            throw new IOException("Neo4j's importer cannot take the memory limit '" + offHeapMemory + "': " + e.getMessage(), e);
        }
        Config config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home).build();
        var layout = Neo4jLayout.of(config).databaseLayout(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        Configuration importConfig = new Configuration.Overridden(Configuration.defaultConfiguration()) {
            @Override
            public long maxOffHeapMemory() {
                return memory;
            }

            @Override
            public IndexConfig indexConfig() {
                // The label and relationship type lookup indexes a new database has.
                return IndexConfig.create().withLabelIndex().withRelationshipTypeIndex();
            }
        };
        // Sizes the importer's caches; our rows know their counts exactly.
        var estimates = Input.knownEstimates(nodes.rows(), relationships.rows(), nodes.properties(),
                relationships.properties(), nodes.propertyBytes(), relationships.propertyBytes(), 2);
        Input input = Input.input(nodes.input(), relationships.input(), IdType.ACTUAL, estimates, ReadableGroups.EMPTY);
        long started = System.nanoTime();
        try (var out = new PrintStream(Files.newOutputStream(log), true, StandardCharsets.UTF_8);
             var fs = new DefaultFileSystemAbstraction();
             var scheduler = JobSchedulerFactory.createInitialisedScheduler()) {
            BatchImporter importer = StorageEngineFactory.selectStorageEngine(config).batchImporter(layout, fs,
                    PageCacheTracer.NULL, importConfig, new SimpleLogService(NullLogProvider.getInstance()), out,
                    false, DefaultAdditionalIds.EMPTY, config, Monitor.NO_MONITOR, scheduler, Collector.STRICT,
                    TransactionLogInitializer.getLogFilesInitializer(), new IndexImporterFactoryImpl(),
                    EmptyMemoryTracker.INSTANCE, new CursorContextFactory(PageCacheTracer.NULL,
                            new FixedVersionContextSupplier(TransactionIdStore.BASE_TX_ID)));
            importer.doImport(input);
            out.printf("IMPORT DONE in %s: %d nodes (%d properties), %d relationships (%d properties)%n",
                    Duration.ofNanos(System.nanoTime() - started), nodes.rows(), nodes.properties(),
                    relationships.rows(), relationships.properties());
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("Neo4j's importer failed: " + e.getMessage(), e);
        }
    }
}
