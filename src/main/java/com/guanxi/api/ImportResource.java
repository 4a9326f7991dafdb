package com.guanxi.api;

import com.guanxi.ingest.CanonicalFile;
import com.guanxi.ingest.ImportBatch;
import com.guanxi.ingest.ImportService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/** Batch import for batch importers (contracts/api.md "Import"). */
@Path("/api/imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    private final ImportService imports;

    ImportResource(ImportService imports) {
        this.imports = imports;
    }

    public record FolderRequest(String path) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a server-side folder in the canonical format")
    public Response importFolder(FolderRequest request) {
        if (request == null || request.path() == null || request.path().isBlank()) {
            throw new IllegalArgumentException("Give the server-side folder as {\"path\": \"/data/batch-2024-06\"}, "
                    + "or upload the files as multipart/form-data.");
        }
        String batchId = imports.newBatch();
        ImportBatch batch = imports.start(batchId, java.nio.file.Path.of(request.path()));
        return Response.accepted(Map.of("batchId", batch.batchId(), "state", batch.state())).build();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import uploaded canonical files (companies.csv, shareholders.csv, personnel.csv, guarantees.csv, judgments.jsonl)")
    public Response importUpload(@RestForm(FileUpload.ALL) List<FileUpload> files) {
        if (files == null || files.isEmpty()) {
            throw new IllegalArgumentException("No files were uploaded.");
        }
        String batchId = imports.newBatch();
        var folder = imports.uploadFolder(batchId);
        try {
            Files.createDirectories(folder);
            for (FileUpload upload : files) {
                String name = upload.fileName() == null ? "" : java.nio.file.Path.of(upload.fileName()).getFileName().toString();
                if (CanonicalFile.byFileName(name).isEmpty()) {
                    throw new IllegalArgumentException("Unknown file '" + name + "': the canonical files are "
                            + "companies.csv, shareholders.csv, personnel.csv, guarantees.csv and judgments.jsonl.");
                }
                Files.move(upload.uploadedFile(), folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImportBatch batch = imports.start(batchId, folder);
        return Response.accepted(Map.of("batchId", batch.batchId(), "state", batch.state())).build();
    }

    @GET
    @Path("/{batchId}")
    @Operation(summary = "State, per-file counters and progress of a batch")
    public ImportBatch batch(@PathParam("batchId") String batchId) {
        return imports.get(batchId).orElseThrow(() -> new NotFoundProblem("No import batch " + batchId));
    }

    @GET
    @Path("/{batchId}/rejects")
    @Produces("application/jsonl")
    @Operation(summary = "Rejected rows as JSON Lines: file, line, column, value, reason")
    public Response rejects(@PathParam("batchId") String batchId) {
        return journal(batchId, true);
    }

    @GET
    @Path("/{batchId}/resolutions")
    @Produces("application/jsonl")
    @Operation(summary = "Every name mention of the batch with the entity it resolved to, as JSON Lines")
    public Response resolutions(@PathParam("batchId") String batchId) {
        return journal(batchId, false);
    }

    @GET
    @Path("/{batchId}/resolutions/explain")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Why a name mention resolved as it did: entity, confidence, method, candidates and the step-by-step weights")
    public List<Map<String, Object>> explain(@PathParam("batchId") String batchId,
                                             @jakarta.ws.rs.QueryParam("file") String file,
                                             @jakarta.ws.rs.QueryParam("line") long line,
                                             @jakarta.ws.rs.QueryParam("field") String field) {
        if (file == null || line < 1) throw new IllegalArgumentException("Give file and line (and optionally field).");
        var journal = imports.journal(batchId, false).orElseThrow(() -> new NotFoundProblem("No import batch " + batchId));
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<Map<String, Object>> out = new java.util.ArrayList<>();
        try (var lines = Files.lines(journal)) {
            for (String text : (Iterable<String>) lines::iterator) {
                var node = json.readTree(text);
                if (node.path("file").asText().equals(file) && node.path("line").asLong() == line
                        && (field == null || node.path("field").asText().equals(field))) {
                    out.add(json.convertValue(node, Map.class));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (out.isEmpty()) throw new NotFoundProblem("No mention at " + file + " line " + line + " in batch " + batchId);
        return out;
    }

    private Response journal(String batchId, boolean rejects) {
        var file = imports.journal(batchId, rejects)
                .orElseThrow(() -> new NotFoundProblem("No import batch " + batchId));
        return Response.ok(file.toFile(), "application/jsonl; charset=utf-8").build();
    }
}
