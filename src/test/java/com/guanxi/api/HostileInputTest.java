package com.guanxi.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.guanxi.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile requests to every route the OpenAPI document lists: broken, mistyped, deeply nested, huge and
 * non-UTF-8 JSON bodies; Cypher- and script-looking path and query values; absurd, negative and non-numeric bounds.
 * None may cause a server error: each is answered (a refusal as problem+json with a detail saying what was wrong),
 * and the service stays ready and serving.
 * <p>
 * Bodies are never valid requests (no empty object, no JSON null): some routes start work when given one.
 */
@QuarkusTest
class HostileInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Strings a careless service would splice into Cypher, HTML or a path. */
    static final List<String> HOSTILE_STRINGS = List.of(
            "x' OR 1=1 //",
            "x\"}) MATCH (n) DETACH DELETE n //",
            "'; CALL apoc.cypher.runWrite('MATCH (n) DETACH DELETE n', {}) YIELD value RETURN 1 //",
            "<script>alert(1)</script>",
            "../../../../etc/passwd",
            "${jndi:ldap://127.0.0.1/x}",
            "%00\u0000NUL",
            "北京\u202Eevil\u200B科技有限公司𠜎𠜱",
            "x".repeat(3_000));
    /** Percent-encoded bytes that are not UTF-8 (a lone lead byte, an encoded surrogate). */
    static final List<String> INVALID_UTF8_ENCODED = List.of("%C3%28", "%ED%A0%80");
    /** Values for numeric and other bounded query parameters. */
    static final List<String> ABSURD_BOUNDS = List.of("1000000000", "1e9", "-1", "2147483648",
            "99999999999999999999", "abc", "", "1.5");

    record Operation(String method, String path, List<Param> params, JsonNode bodySchema, boolean json) {
        String concrete(Map<String, String> values) {
            String p = path;
            for (Param param : params) {
                if (param.in().equals("path")) {
                    p = p.replace("{" + param.name() + "}", values.getOrDefault(param.name(), "X1"));
                }
            }
            return p;
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    record Param(String name, String in, String type) {
    }

    @Test
    void shouldAnswerBrokenAndMistypedJsonBodiesWithProblemJsonAndNeverAServerError() {
        List<String> failures = new ArrayList<>();
        List<Operation> operations = operations();
        List<Operation> withJson = operations.stream().filter(Operation::json).toList();
        assertThat(withJson).extracting(Operation::toString)
                .contains("POST /api/imports", "POST /api/decisions", "POST /api/webhooks", "POST /api/auth/login");
        for (Operation op : withJson) {
            Map<String, Supplier<byte[]>> bodies = new LinkedHashMap<>();
            bodies.put("truncated JSON", () -> utf8("{\"a\": [1, 2"));
            bodies.put("not JSON at all", () -> utf8("<xml>no</xml>"));
            // Unknown properties are ignored, so every object below names a declared field with a bad value:
            // an object of unknown fields only would be an empty request, which some routes accept and act on.
            String field = firstField(op.bodySchema());
            bodies.put("trailing garbage", () -> utf8("{\"" + field + "\": \"<b>\"} }}}"));
            bodies.put("an array", () -> utf8("[1, 2, 3]"));
            bodies.put("a number", () -> utf8("12345678901234567890123"));
            bodies.put("a string", () -> utf8("\"" + HOSTILE_STRINGS.get(1).replace("\"", "\\\"") + "\""));
            bodies.put("wrong types for every field", () -> utf8(wrongTypes(op.bodySchema()).toString()));
            bodies.put("Cypher and script strings in every field", () -> utf8(hostileStrings(op.bodySchema()).toString()));
            bodies.put("100,000 nested arrays", () -> utf8("[".repeat(100_000) + "]".repeat(100_000)));
            bodies.put("100,000 nested objects", () -> utf8("{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000)));
            bodies.put("a 1 MB string", () -> utf8("{\"" + field + "\":\"" + "长".repeat(350_000) + "\"}"));
            bodies.put("a body over the size limit", () -> utf8("{\"" + field + "\":\"" + "a".repeat(4 * 1024 * 1024 + 1024) + "\"}"));
            bodies.put("invalid UTF-8", () -> concat(utf8("{\"" + field + "\":\"ab"),
                    new byte[]{(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0, (byte) 0x80},
                    utf8("\"}")));
            bodies.put("a NUL and control characters", () -> utf8("{\"" + field + "\":\"\\u0000\u0001\u001f\"}"));
            for (var body : bodies.entrySet()) {
                // Over the size limit, ask before sending (as clients of large uploads do): the refusal comes first.
                RequestSpecification request = request(op, body.getKey().contains("size limit"));
                Response r = request.contentType("application/json").body(body.getValue().get())
                        .when().request(op.method(), op.concrete(Map.of()));
                check(op + " with " + body.getKey(), r, failures, true);
            }
        }
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
        assertStillServing();
    }

    @Test
    void shouldAnswerHostilePathAndQueryValuesWithoutAServerError() {
        List<String> failures = new ArrayList<>();
        for (Operation op : operations()) {
            if (op.path().endsWith("/stream")) continue; // an event stream never ends; its parameters are checked below
            boolean mutates = !op.method().equals("GET");
            for (Param param : op.params()) {
                // Numbers get the absurd bounds (and text); text gets every hostile string and non-UTF-8 bytes.
                List<String> values = new ArrayList<>();
                boolean numeric = Set.of("integer", "number").contains(param.type());
                if (numeric) {
                    ABSURD_BOUNDS.forEach(v -> values.add(encode(v)));
                    values.add(encode(HOSTILE_STRINGS.get(0)));
                    values.add(INVALID_UTF8_ENCODED.get(0));
                } else {
                    HOSTILE_STRINGS.forEach(v -> values.add(encode(v)));
                    values.addAll(INVALID_UTF8_ENCODED);
                    if (param.in().equals("query")) values.add("");
                }
                for (String value : values) {
                    if (mutates && !param.in().equals("path")) continue;
                    Map<String, String> pathValues = new LinkedHashMap<>();
                    RequestSpecification request = request(op).urlEncodingEnabled(false);
                    if (param.in().equals("path")) {
                        pathValues.put(param.name(), value);
                    } else if (param.in().equals("query")) {
                        request = request.queryParam(param.name(), value);
                    } else {
                        continue;
                    }
                    if (mutates) request = request.contentType("application/json").body(utf8("[\"not a request\"]"));
                    Response r = request.when().request(op.method(), op.concrete(pathValues));
                    check(op + " with " + param.name() + "=" + abbreviate(value), r, failures, false);
                }
            }
        }
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
        // A request line longer than the HTTP limit is refused before any route is looked for
        int tooLong = admin().when().get("/api/companies/" + "x".repeat(10_000)).statusCode();
        assertThat(tooLong).isBetween(400, 499);
        assertStillServing();
    }

    @Test
    void shouldRefuseAbsurdTraversalBoundsQuicklyAndSayWhy() {
        // depth and limit far beyond what any answer needs must be refused (or clamped), never tried
        for (String path : List.of("/api/graph/neighborhood?id=X1&depth=1000000000",
                "/api/graph/path?from=X1&to=X2&maxDepth=1000000000",
                "/api/companies/X1/ownership?depth=1000000000",
                "/api/graph/neighborhood?id=X1&depth=-1",
                "/api/graph/neighborhood?id=X1&limit=-1",
                "/api/companies?q=abc&limit=1000000000",
                "/api/tags/changes?since=-5&limit=1000000000")) {
            Response r = admin().urlEncodingEnabled(false).when().get(path);
            assertThat(r.statusCode()).as(path).isLessThan(500).isNotEqualTo(429);
            if (r.statusCode() >= 400) assertProblem(path, r);
        }
        // Bounds that are not numbers at all: 400 naming the parameter, not a 404 as if the route did not exist
        for (String path : List.of("/api/graph/neighborhood?id=X1&depth=1e9", "/api/graph/neighborhood?id=X1&depth=abc",
                "/api/tags/changes?since=abc", "/api/companies?q=abc&limit=99999999999999999999")) {
            Response r = admin().urlEncodingEnabled(false).when().get(path);
            assertThat(r.statusCode()).as(path + ": " + r.asString()).isEqualTo(400);
            assertProblem(path, r);
            String param = path.replaceAll(".*[?&]([a-zA-Z]+)=[^&]*$", "$1");
            assertThat(r.jsonPath().getString("detail")).as(path).contains(param);
        }
    }

    @Test
    void shouldRejectEveryRowOfAnUploadOfBinaryGarbageAndStayHealthy() throws InterruptedException {
        byte[] garbage = new byte[300_000];
        new Random(20240630).nextBytes(garbage);
        String batchId = admin().multiPart("file", "companies.csv", garbage, "text/csv")
                .when().post("/api/imports").then().statusCode(202).extract().path("batchId");
        String state = "running";
        long deadline = System.nanoTime() + 120_000_000_000L;
        Response batch = null;
        while ("running".equals(state) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            batch = admin().when().get("/api/imports/" + batchId);
            state = batch.jsonPath().getString("state");
        }
        assertThat(state).isEqualTo("done");
        assertThat(batch.jsonPath().getInt("files[0].loaded")).isZero();
        assertThat(batch.jsonPath().getInt("files[0].rejected")).isPositive()
                .isEqualTo(batch.jsonPath().getInt("files[0].rows"));
        String rejects = admin().when().get("/api/imports/" + batchId + "/rejects").asString();
        assertThat(rejects.lines()).hasSize(batch.jsonPath().getInt("files[0].rejected"))
                .allSatisfy(line -> assertThat(JSON.readTree(line).path("reason").asText()).isNotBlank());
        assertStillServing();
    }

    private static void check(String what, Response r, List<String> failures, boolean expectRefusal) {
        int status = r.statusCode();
        if (r.time() > 2_000) SLOW.add(r.time() + " ms: " + abbreviate(what));
        if (status == 429) {
            failures.add(what + " was rate limited: the request never reached the resource");
            return;
        }
        if (status >= 500) {
            failures.add(what + " answered " + status + ": " + abbreviate(r.asString()));
            return;
        }
        if (expectRefusal && status < 400) {
            failures.add(what + " was accepted: " + status + " " + abbreviate(r.asString()));
            return;
        }
        if (status >= 400) {
            String type = r.contentType() == null ? "" : r.contentType();
            if (!type.startsWith("application/problem+json")) {
                failures.add(what + " answered " + status + " as '" + type + "', not problem+json: " + abbreviate(r.asString()));
                return;
            }
            String detail = r.jsonPath().getString("detail");
            if (detail == null || detail.isBlank()) failures.add(what + " answered " + status + " without a detail");
        }
    }

    private static void assertProblem(String what, Response r) {
        assertThat(r.contentType()).as(what).startsWith("application/problem+json");
        assertThat(r.jsonPath().getString("detail")).as(what).isNotBlank();
    }

    /** Requests that took longer than 2 s (printed: a slow refusal is worth a look even when it is correct). */
    private static final List<String> SLOW = new java.util.concurrent.CopyOnWriteArrayList<>();

    @org.junit.jupiter.api.AfterAll
    static void printSlowRequests() {
        SLOW.forEach(line -> System.out.println("slow: " + line));
    }

    private static void assertStillServing() {
        given().when().get("/q/health/ready").then().statusCode(200);
        TestUsers.as("analyst").when().get("/api/stats").then().statusCode(200);
    }

    /** Every admitted role may call every route as admin; the body's type is sent as the route declares it. */
    private static RequestSpecification request(Operation op) {
        return request(op, false);
    }

    private static RequestSpecification request(Operation op, boolean expectContinue) {
        RequestSpecification request = op.path().startsWith("/api/auth/login") ? given() : admin();
        return request.config(RestAssured.config()
                .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false))
                .httpClient(HttpClientConfig.httpClientConfig().setParam("http.protocol.expect-continue", expectContinue)));
    }

    /**
     * An admin (admitted to every route) of a pool that changes every {@value #REQUESTS_PER_USER} requests: the rate
     * limit counts per user, and this test must reach the resources, not the limiter, nor use up the bucket of the
     * users other test classes share.
     */
    private static RequestSpecification admin() {
        int n = requests++ / REQUESTS_PER_USER;
        String name = "hostile-admin-" + n;
        String token = TOKENS.computeIfAbsent(name, k -> {
            TestUsers.create(k, TestUsers.password(k), "admin");
            return TestUsers.login(k, TestUsers.password(k));
        });
        return given().auth().oauth2(token);
    }

    private static final int REQUESTS_PER_USER = 120;
    private static final Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();
    private static int requests;

    private static List<Operation> operations() {
        JsonNode doc = admin().when().get("/q/openapi?format=json").then().statusCode(200)
                .extract().as(JsonNode.class);
        List<Operation> out = new ArrayList<>();
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (!Set.of("get", "post", "put", "delete", "patch").contains(method.getKey())) return;
            JsonNode operation = method.getValue();
            List<Param> params = new ArrayList<>();
            for (JsonNode p : path.getValue().path("parameters")) params.add(param(doc, p));
            for (JsonNode p : operation.path("parameters")) params.add(param(doc, p));
            JsonNode content = operation.path("requestBody").path("content").path("application/json");
            JsonNode schema = content.isMissingNode() ? null : resolve(doc, content.path("schema"));
            out.add(new Operation(method.getKey().toUpperCase(), path.getKey(), params, schema, !content.isMissingNode()));
        }));
        return out;
    }

    private static Param param(JsonNode doc, JsonNode p) {
        JsonNode resolved = resolve(doc, p);
        return new Param(resolved.path("name").asText(), resolved.path("in").asText(),
                resolve(doc, resolved.path("schema")).path("type").asText("string"));
    }

    private static JsonNode resolve(JsonNode doc, JsonNode node) {
        while (node.has("$ref")) {
            String[] parts = node.get("$ref").asText().substring(2).split("/");
            JsonNode target = doc;
            for (String part : parts) target = target.path(part);
            node = target;
        }
        return node;
    }

    /** The schema's properties each given a value of another JSON type than declared. */
    private static ObjectNode wrongTypes(JsonNode schema) {
        ObjectNode body = JSON.createObjectNode();
        for (var field : properties(schema)) {
            switch (field.getValue().path("type").asText("object")) {
                case "string" -> body.putObject(field.getKey()).putArray("$ne").add(1);
                case "integer", "number" -> body.put(field.getKey(), "not a number " + HOSTILE_STRINGS.get(0));
                case "boolean" -> body.putArray(field.getKey()).add("maybe");
                case "array" -> body.putObject(field.getKey()).put("not", "a list");
                default -> body.put(field.getKey(), 12.5);
            }
        }
        if (body.isEmpty()) body.putArray("unexpected").add(1);
        return body;
    }

    /** The schema's string properties each holding a Cypher- or script-looking string; other properties mistyped. */
    private static ObjectNode hostileStrings(JsonNode schema) {
        ObjectNode body = wrongTypes(schema);
        int i = 0;
        for (var field : properties(schema)) {
            if (field.getValue().path("type").asText().equals("string")) {
                body.put(field.getKey(), HOSTILE_STRINGS.get(i++ % 6));
            }
        }
        return body;
    }

    private static String firstField(JsonNode schema) {
        var fields = properties(schema);
        return fields.isEmpty() ? "x" : fields.get(0).getKey();
    }

    private static List<Map.Entry<String, JsonNode>> properties(JsonNode schema) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        if (schema != null) schema.path("properties").fields().forEachRemaining(out::add);
        return out;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }
}
