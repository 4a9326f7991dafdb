package com.guanxi.cli;

import com.guanxi.ingest.ImportBatch;
import com.guanxi.ingest.ImportService;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Dispatches the command line (see {@link GuanxiMain}). */
public class GuanxiCommands implements QuarkusApplication {

    @Inject
    ImportService imports;
    @Inject
    DemoData demo;
    @Inject
    com.guanxi.security.LocalLogin login;
    @Inject
    com.guanxi.audit.AuditTrail audit;
    @ConfigProperty(name = "quarkus.http.port")
    int httpPort;

    private final PrintStream out = System.out;
    private final PrintStream err = System.err;

    @Override
    public int run(String... args) throws Exception {
        List<String> list = Arrays.asList(args);
        String command = list.isEmpty() ? "serve" : list.get(0);
        return switch (command) {
            case "serve" -> serve(list.contains("--demo"));
            case "import" -> importFolder(list.subList(1, list.size()));
            case "evaluate" -> {
                // Entity extraction and resolution against the sample's answer key and the real corpora.
                com.guanxi.resolution.eval.ResolutionEvaluation.main(list.subList(1, list.size()).toArray(String[]::new));
                yield 0;
            }
            case "help", "--help", "-h" -> usage(0);
            default -> {
                err.println("Unknown command: " + command);
                yield usage(2);
            }
        };
    }

    private int serve(boolean withDemo) {
        if (withDemo) {
            demo.loadInBackground();
        }
        String base = "http://localhost:" + httpPort;
        out.println();
        out.println("Guanxi is running.");
        out.println("  Viewer:   " + base + "/");
        out.println("  API:      " + base + "/api  (OpenAPI " + base + "/q/openapi, Swagger UI " + base + "/q/swagger-ui)");
        out.println("  Health:   " + base + "/q/health/ready");
        if (withDemo) {
            login.createDemoUserIfNone().ifPresent(password ->
                    out.println("  Login:    demo / " + password + "  (an admin generated for this install; POST /api/auth/login)"));
        }
        out.println("Press Ctrl+C to stop.");
        Quarkus.waitForExit();
        return 0;
    }

    private int importFolder(List<String> args) throws Exception {
        if (args.isEmpty()) {
            err.println("Usage: guanxi import FOLDER [--server http://host:8080] | guanxi import FILE --mapping NAME");
            return 2;
        }
        Path folder = Path.of(args.get(0)).toAbsolutePath().normalize();
        int mappingAt = args.indexOf("--mapping");
        if (mappingAt >= 0 && mappingAt + 1 < args.size()) {
            // A vendor file imported through a declarative mapping of import/mappings/.
            ProgressBar bar = new ProgressBar(err);
            ImportBatch result = imports.runVendorNow(folder, args.get(mappingAt + 1), bar::update);
            audit.recordCommand("guanxi import --mapping", folder.toString(), result.batchId(),
                    ImportBatch.DONE.equals(result.state()));
            bar.finish();
            ImportSummary.print(result, out);
            return ImportBatch.DONE.equals(result.state()) ? 0 : 1;
        }
        if (!Files.isDirectory(folder)) {
            err.println("Not a folder: " + folder);
            return 2;
        }
        int serverAt = args.indexOf("--server");
        ProgressBar bar = new ProgressBar(err);
        ImportBatch result;
        if (serverAt >= 0 && serverAt + 1 < args.size()) {
            result = new RemoteImport(args.get(serverAt + 1)).run(folder, bar::update);
        } else {
            try (var meter = new ImportMeter()) {
                result = imports.runNow(folder, bar::update, true);
                audit.recordCommand("guanxi import", folder.toString(), result.batchId(), ImportBatch.DONE.equals(result.state()));
                bar.finish();
                ImportSummary.print(result, out);
                ImportSummary.printCost(result, meter, out);
            }
            return ImportBatch.DONE.equals(result.state()) ? 0 : 1;
        }
        bar.finish();
        ImportSummary.print(result, out);
        return ImportBatch.DONE.equals(result.state()) ? 0 : 1;
    }

    private int usage(int code) {
        (code == 0 ? out : err).println("""
                Usage:
                  guanxi [serve] [--demo]                       run the service (with --demo: load a generated demo dataset)
                  guanxi import FOLDER [--server URL]           import a folder in the canonical format
                  guanxi import FILE --mapping NAME             import a vendor file through import/mappings/NAME.yaml
                  guanxi generate FOLDER [--companies N] [--seed S]
                                                                write demo data in the canonical format
                  guanxi evaluate [SHARED-FOLDER] [--corenlp]   extraction and resolution precision/recall
                  guanxi user add NAME --role ROLE [--password-stdin]
                                                                add a local user (analyst, approver, importer, admin)
                  guanxi user remove NAME | guanxi user list
                """);
        return code;
    }
}
