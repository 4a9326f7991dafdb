package com.guanxi.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.guanxi.security.UserStore;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar serve}) as a separate process, for fault tests:
 * its own data folder and free ports, started, stopped, killed and restarted on the same data. Its console goes to
 * {@code service.log} in its folder; a failure to start quotes the end of it.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    public static final String PASSWORD = "fault-test-password";

    private final Path home;
    private final int httpPort;
    private final int boltPort;
    private final Map<String, String> settings = new LinkedHashMap<>();
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;
    private final Map<String, String> tokens = new LinkedHashMap<>();

    /**
     * A service whose data (embedded database, users, keys, audit trail, import batches) lives under {@code home}.
     * Users {@code importer} and {@code admin} (password {@link #PASSWORD}) are created before it starts.
     */
    public ServiceProcess(Path home) {
        this.home = home.toAbsolutePath();
        this.httpPort = freePort();
        this.boltPort = freePort();
        // The import alone is compared: no analytics run after it or at start-up; no fsync per audit line.
        settings.put("guanxi.analytics.run-after-import", "false");
        settings.put("guanxi.analytics.run-at-startup", "false");
        settings.put("guanxi.audit.fsync", "false");
        settings.put("guanxi.neo4j.embedded.page-cache", "64m");
    }

    /** A system property for the service's JVM (e.g. guanxi.import.batch-size). */
    public ServiceProcess set(String key, String value) {
        settings.put(key, value);
        return this;
    }

    /** An environment variable for the service (e.g. GUANXI_NEO4J_URI). */
    public ServiceProcess env(String key, String value) {
        environment.put(key, value);
        return this;
    }

    public static Path jar() {
        Path jar = Path.of(System.getProperty("guanxi.it.jar", "target/quarkus-app/quarkus-run.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " is missing: run the package phase first "
                    + "(./mvnw verify runs these tests after it)");
        }
        return jar;
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path home() {
        return home;
    }

    public int boltPort() {
        return boltPort;
    }

    public String base() {
        return "http://127.0.0.1:" + httpPort;
    }

    /** Starts the service (again, on the same data) and waits until its readiness check is UP. */
    public ServiceProcess start(Duration timeout) {
        return launch().awaitReady(timeout);
    }

    /** Starts the service process without waiting for it (to start several at once); then {@link #awaitReady}. */
    public ServiceProcess launch() {
        if (process != null && process.isAlive()) throw new IllegalStateException("already running");
        try {
            Files.createDirectories(home.resolve("data"));
            UserStore users = new UserStore(home.resolve("data/users.json"));
            for (String role : List.of("importer", "admin", "analyst")) {
                if (users.find(role).isEmpty()) users.put(role, List.of(role), PASSWORD.toCharArray());
            }
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new ArrayList<>(List.of(java, "-Xmx768m", "-XX:+UseSerialGC"));
            settings.forEach((k, v) -> command.add("-D" + k + "=" + v));
            command.addAll(List.of("-jar", jar().toAbsolutePath().toString(), "serve"));
            ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("service.log").toFile()));
            builder.environment().put("GUANXI_DATA_DIR", home.resolve("data").toString());
            builder.environment().put("GUANXI_HTTP_PORT", String.valueOf(httpPort));
            builder.environment().put("GUANXI_BOLT_PORT", String.valueOf(boltPort));
            builder.environment().remove("GUANXI_NEO4J_URI");
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        tokens.clear();
        log("starting the service in %s (HTTP %d, Bolt %d)", home, httpPort, boltPort);
        return this;
    }

    /** Waits until the readiness check is UP; fails at once if the process ends. */
    public ServiceProcess awaitReady(Duration timeout) {
        await("the service to be ready", timeout, () -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("The service exited with " + process.exitValue() + " while starting:\n"
                        + logTail());
            }
            return status("GET", "/q/health/ready", null, null) == 200;
        });
        log("service ready");
        return this;
    }

    /** SIGKILL: the process gets no chance to stop cleanly (no shutdown hooks, no database shutdown). */
    public int kill() {
        process.destroyForcibly();
        return waitForExit(Duration.ofSeconds(60));
    }

    /** SIGTERM: the ordinary stop (shutdown hooks run, the embedded database closes). */
    public int stop() {
        if (process == null || !process.isAlive()) return process == null ? 0 : process.exitValue();
        process.destroy();
        return waitForExit(Duration.ofSeconds(90));
    }

    private int waitForExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** A Bolt driver on the embedded database of this service (127.0.0.1, no authentication). */
    public Driver bolt() {
        return GraphDatabase.driver("bolt://127.0.0.1:" + boltPort, AuthTokens.none(),
                Config.builder().withoutEncryption().withConnectionTimeout(5, TimeUnit.SECONDS).build());
    }

    /** A token of the user named like the role (importer, admin, analyst), from the real login. */
    public String token(String role) {
        return tokens.computeIfAbsent(role, r -> {
            Answer a = call("POST", "/api/auth/login", null,
                    "{\"username\":\"" + r + "\",\"password\":\"" + PASSWORD + "\"}");
            if (a.status() != 200) throw new IllegalStateException("login as " + r + " answered " + a.status() + ": " + a.body());
            return a.json().get("token").asText();
        });
    }

    /** An HTTP exchange with the service; {@code role} null means no token. */
    public Answer call(String method, String path, String role, String jsonBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60));
        if (role != null) request.header("Authorization", "Bearer " + token(role));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("Retry-After").orElse(null), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private int status(String method, String path, String role, String body) {
        try {
            return call(method, path, role, body).status();
        } catch (UncheckedIOException e) {
            return -1; // not listening yet
        }
    }

    /** One answer: status, content type, Retry-After, body. */
    public record Answer(int status, String contentType, String retryAfter, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + body, e);
            }
        }
    }

    /** Starts importing a folder on this machine; returns the batch id. */
    public String startImport(Path folder) {
        Answer a = call("POST", "/api/imports", "importer",
                JSON.createObjectNode().put("path", folder.toAbsolutePath().toString()).toString());
        if (a.status() != 202) throw new IllegalStateException("POST /api/imports answered " + a.status() + ": " + a.body());
        return a.json().get("batchId").asText();
    }

    /** Polls a batch until it is no longer running; returns its final state document. */
    public JsonNode awaitImport(String batchId, Duration timeout) {
        JsonNode[] last = new JsonNode[1];
        await("import " + batchId + " to finish", timeout, () -> {
            if (!process.isAlive()) throw new IllegalStateException("The service died during the import:\n" + logTail());
            last[0] = call("GET", "/api/imports/" + batchId, "importer", null).json();
            return !"running".equals(last[0].path("state").asText());
        });
        return last[0];
    }

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(home.resolve("service.log"), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /**
     * A fresh folder {@code target/faults/NAME} (emptied first): kept after the test, with every service's console in
     * {@code service.log}, to look into when a fault test fails.
     */
    public static Path workFolder(String name) {
        Path folder = Path.of(System.getProperty("guanxi.it.work", "target/faults")).resolve(name).toAbsolutePath();
        try {
            if (Files.exists(folder)) {
                try (var paths = Files.walk(folder)) {
                    paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final long T0 = System.nanoTime();

    /** A line on the test's output with the seconds since the test JVM started (how long each step took). */
    public static void log(String format, Object... args) {
        System.out.printf("[%7.1f s] %s%n", (System.nanoTime() - T0) / 1e9, String.format(format, args));
    }

    /** Polls {@code condition} every 20 ms until it holds; fails after {@code timeout}. */
    public static void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("Timed out after " + timeout + " waiting for " + what);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) stop();
    }
}
