package com.guanxi.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What the HTTP benchmarks share: a client, JSON, the tagged subjects of a running service, percentiles. */
final class BenchClient {
    static final ObjectMapper JSON = new ObjectMapper();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final String base;

    BenchClient(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException("GET " + path + " answered " + r.statusCode() + ": " + r.body());
        return JSON.readTree(r.body());
    }

    /**
     * Up to {@code max} subjects of the change log (every subject that ever had a tag), so look-ups and applications
     * use ids the service knows.
     */
    List<String> taggedSubjects(int max) throws IOException, InterruptedException {
        Set<String> ids = new LinkedHashSet<>();
        long since = 0;
        while (ids.size() < max) {
            JsonNode page = get("/api/tags/changes?since=" + since + "&limit=5000");
            for (JsonNode c : page.get("changes")) {
                ids.add(c.get("subjectId").asText());
                if (ids.size() == max) break;
            }
            if (!page.get("hasMore").asBoolean()) break;
            since = page.get("next").asLong();
        }
        if (ids.isEmpty()) throw new IllegalStateException("The service has no tags yet: import data and run analytics first.");
        return new ArrayList<>(ids);
    }

    /** The q-th quantile (0..1) of sorted values, nearest rank. */
    static double quantile(long[] sorted, double q) {
        if (sorted.length == 0) return Double.NaN;
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static long[] sorted(long[] values, int n) {
        long[] copy = Arrays.copyOf(values, n);
        Arrays.sort(copy);
        return copy;
    }
}
