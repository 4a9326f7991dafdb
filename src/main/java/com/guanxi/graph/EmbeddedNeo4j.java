package com.guanxi.graph;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Starts a real Neo4j 5.26 server with APOC inside the service's JVM when no external URI is configured, so a
 * fresh machine needs nothing installed. Bolt listens on 127.0.0.1 only, hence authentication is off for it.
 */
@ApplicationScoped
public class EmbeddedNeo4j {

    private static final Logger LOG = Logger.getLogger(EmbeddedNeo4j.class);

    private final GraphConfig config;
    private volatile DatabaseManagementService service;
    /** Stopped on purpose for work on its files ({@link #whileStopped}): it comes back by itself. */
    private volatile boolean offline;
    private Path home;

    EmbeddedNeo4j(GraphConfig config) {
        this.config = config;
    }

    void start(@Observes @Priority(1) StartupEvent event) {
        if (config.uri().isPresent()) {
            LOG.infof("Using external Neo4j at %s", config.uri().get());
            return;
        }
        if (!org.neo4j.internal.unsafe.UnsafeUtil.unsafeByteBufferAccessAvailable()) {
            LOG.warn("java.nio is not open to Neo4j: its page cache copies every page through the heap (slower "
                    + "imports and index builds); start the JVM with @bin/jvm-options as bin/guanxi does");
        }
        startServer();
    }

    private void startServer() {
        var embedded = config.embedded();
        home = Path.of(embedded.dataDir()).toAbsolutePath();
        long started = System.nanoTime();
        service = startServer(home, embedded.boltPort(), embedded.transactionTimeout(), embedded.pageCache());
        LOG.infof("Embedded Neo4j started in %d ms, data in %s, Bolt on 127.0.0.1:%d",
                (System.nanoTime() - started) / 1_000_000, home, embedded.boltPort());
    }

    /**
     * A Neo4j server with APOC in {@code home}, Bolt on 127.0.0.1:{@code boltPort} without authentication. The
     * service's own embedded database; the fault tests start one the same way to play an external server.
     */
    public static DatabaseManagementService startServer(Path home, int boltPort, Duration transactionTimeout,
                                                 Optional<String> pageCache) {
        try {
            Path plugins = home.resolve("plugins");
            Files.createDirectories(plugins);
            installApoc(plugins);
            var builder = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.plugin_dir, plugins)
                    .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"))
                    .setConfig(GraphDatabaseSettings.transaction_timeout, transactionTimeout)
                    // Neo4j's defaults wait ~12 s for Bolt threads on shutdown; an embedded server has no one to wait for.
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(1));
            pageCache.filter(s -> !s.isBlank())
                    .ifPresent(size -> builder.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(size)));
            return builder.build();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot prepare the embedded Neo4j folder " + home, e);
        }
    }

    void stop(@Observes @Priority(Integer.MAX_VALUE) ShutdownEvent event) {
        if (service == null) {
            return;
        }
        long started = System.nanoTime();
        service.shutdown();
        service = null;
        LOG.infof("Embedded Neo4j stopped in %d ms", (System.nanoTime() - started) / 1_000_000);
        if (config.embedded().deleteOnShutdown()) {
            deleteRecursively(home);
        }
    }

    public boolean isRunning() {
        return service != null;
    }

    /** True while the embedded server is stopped for work on its files (a bulk load): background work waits. */
    public boolean isOffline() {
        return offline;
    }

    /** The database this service runs, for reading in process; empty when the graph is an external server. */
    public Optional<GraphDatabaseService> database() {
        DatabaseManagementService running = service;
        return running == null ? Optional.empty()
                : Optional.of(running.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME));
    }

    /** Work on the database's files that needs the server stopped (Neo4j's offline importer). */
    public interface OfflineWork {
        void run(Path home) throws IOException;
    }

    /**
     * Stops the embedded server, runs {@code work} on its folder, and starts the server again with the same settings,
     * also when the work failed. Clients see the database go away meanwhile; the driver reconnects by itself.
     */
    public synchronized void whileStopped(OfflineWork work) throws IOException {
        if (service == null) throw new IllegalStateException("The embedded database is not running in this service");
        offline = true;
        service.shutdown();
        service = null;
        try {
            work.run(home);
        } finally {
            try {
                startServer();
            } finally {
                offline = false;
            }
        }
    }

    /**
     * APOC must be both on the classpath and in the plugin folder: the folder alone fails with
     * "ApocConfig ... not a known injectable component". The jars are copied from wherever the classpath has them.
     */
    private static void installApoc(Path plugins) throws IOException {
        for (String marker : List.of("apoc/ApocConfig.class", "apoc/coll/Coll.class")) {
            Path jar = jarOf(marker);
            if (jar != null && Files.isRegularFile(jar)) {
                Path target = plugins.resolve(jar.getFileName());
                if (!Files.exists(target) || Files.size(target) != Files.size(jar)) {
                    try (InputStream in = Files.newInputStream(jar)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    private static Path jarOf(String resource) {
        var url = EmbeddedNeo4j.class.getClassLoader().getResource(resource);
        if (url == null || !"jar".equals(url.getProtocol())) {
            return null;
        }
        String spec = url.getFile();
        String file = spec.substring(0, spec.indexOf("!/"));
        try {
            return Path.of(new java.net.URI(file));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static void deleteRecursively(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warnf("Could not delete %s: %s", root, e.getMessage());
        }
    }
}
