package com.guanxi.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.guanxi.ingest.ImportBatch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/** Imports through a running service's API (POST /api/imports, then polls the batch) instead of in process. */
final class RemoteImport {
    private final URI base;
    private final HttpClient http = HttpClient.newHttpClient();
    /** The service refuses anonymous calls: GUANXI_TOKEN holds a bearer token of an importer (POST /api/auth/login). */
    private final String token = System.getenv("GUANXI_TOKEN");
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    RemoteImport(String server) {
        this.base = URI.create(server.endsWith("/") ? server : server + "/");
    }

    ImportBatch run(Path folder, Consumer<ImportBatch> progress) throws IOException, InterruptedException {
        var post = authorized(HttpRequest.newBuilder(base.resolve("api/imports")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("path", folder.toString()))))
                .build();
        var accepted = http.send(post, HttpResponse.BodyHandlers.ofString());
        if (accepted.statusCode() != 202) {
            throw new IOException("The service refused the import (" + accepted.statusCode() + "): " + accepted.body());
        }
        String batchId = json.readTree(accepted.body()).get("batchId").asText();
        while (true) {
            var get = authorized(HttpRequest.newBuilder(base.resolve("api/imports/" + batchId))).GET().build();
            var response = http.send(get, HttpResponse.BodyHandlers.ofString());
            ImportBatch batch = json.readValue(response.body(), ImportBatch.class);
            progress.accept(batch);
            if (!ImportBatch.RUNNING.equals(batch.state())) return batch;
            Thread.sleep(500);
        }
    }

    private HttpRequest.Builder authorized(HttpRequest.Builder request) {
        return token == null || token.isBlank() ? request : request.header("Authorization", "Bearer " + token.strip());
    }
}
