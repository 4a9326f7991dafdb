package com.guanxi.security;

import com.guanxi.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route the OpenAPI document lists is refused without a token (401) and to every role that the access table
 * below does not admit (403), and reachable for the roles it admits. A new route fails this test until it has a line
 * in the table — and, when the role policy in application.properties does not already give it that access, there.
 */
@QuarkusTest
class AccessControlTest {

    static final List<String> ROLES = List.of("analyst", "approver", "importer", "admin");
    static final Set<String> PUBLIC = Set.of();
    static final Set<String> ANY = Set.of("analyst", "approver", "importer", "admin");
    static final Set<String> EXPLORE = Set.of("analyst", "approver", "admin");
    static final Set<String> APPROVE = Set.of("approver", "admin");
    static final Set<String> IMPORT = Set.of("importer", "admin");
    static final Set<String> ADMIN = Set.of("admin");

    /** Who may call what, from the issue; first match wins ("**" = any rest of the path, "*" = one segment). */
    static final List<Rule> ACCESS = List.of(
            new Rule("POST", "/api/auth/login", PUBLIC),
            new Rule("*", "/api/auth/**", ANY),
            new Rule("*", "/api/companies/*/associated**", APPROVE),
            new Rule("*", "/api/companies/*/report**", APPROVE),
            new Rule("*", "/api/companies**", EXPLORE),
            new Rule("*", "/api/graph/**", EXPLORE),
            new Rule("*", "/api/cases/**", EXPLORE),
            new Rule("*", "/api/stats**", EXPLORE),
            new Rule("*", "/api/guarantee-circles**", EXPLORE),
            new Rule("*", "/api/tags**", EXPLORE),
            new Rule("*", "/api/extraction**", EXPLORE),
            new Rule("POST", "/api/analytics/runs", IMPORT),
            new Rule("*", "/api/analytics/**", EXPLORE),
            new Rule("*", "/api/review**", EXPLORE),
            new Rule("*", "/api/decisions**", APPROVE),
            new Rule("*", "/api/imports**", IMPORT),
            new Rule("*", "/api/rulesets**", ADMIN),
            new Rule("*", "/api/webhooks**", ADMIN),
            new Rule("*", "/api/audit**", ADMIN),
            new Rule("*", "/api/users**", ADMIN));

    record Rule(String method, String pattern, Set<String> roles) {
        boolean matches(String m, String path) {
            StringBuilder regex = new StringBuilder();
            for (String part : pattern.split("(?=\\*)|(?<=\\*)")) {
                regex.append(part.equals("*") ? "#" : Pattern.quote(part));
            }
            String compiled = regex.toString().replace("##", ".*").replace("#", "[^/]+");
            return (method.equals("*") || method.equals(m)) && path.matches(compiled);
        }
    }

    record Route(String method, String path) {
        String concretePath() {
            return path.replaceAll("\\{[^}]+}", "X1");
        }
    }

    @Test
    void shouldRefuseEveryRouteWithoutATokenAndToEveryRoleItDoesNotAdmit() {
        List<Route> routes = routes();
        assertThat(routes).extracting(Route::path).contains("/api/companies/{id}", "/api/imports", "/api/audit");
        List<String> failures = new ArrayList<>();
        for (Route route : routes) {
            Rule rule = ACCESS.stream().filter(r -> r.matches(route.method(), route.path())).findFirst().orElse(null);
            if (rule == null) {
                failures.add(route + " has no line in the access table: give it a role (application.properties and this test)");
                continue;
            }
            if (rule.roles() == PUBLIC) continue;
            int anonymous = call(given(), route);
            if (anonymous != 401) failures.add(route + " without a token answered " + anonymous);
            for (String role : ROLES) {
                int status = call(TestUsers.as(role), route);
                boolean admitted = rule.roles().contains(role);
                if (!admitted && status != 403) failures.add(route + " as " + role + " answered " + status + ", not 403");
                if (admitted && (status == 401 || status == 403)) failures.add(route + " as " + role + " was refused: " + status);
            }
        }
        assertThat(failures).isEmpty();
    }

    /**
     * Routes other branches add later are covered by the path permissions already: a role outside the table's line is
     * refused (403) before any resource is looked for; an admitted role gets through to "no such route yet" (404/405).
     */
    @Test
    void shouldApplyTheAccessTableToRoutesStillToCome() {
        List<Route> future = List.of(new Route("GET", "/api/companies/{id}/associated"),
                new Route("GET", "/api/companies/{id}/report"), new Route("POST", "/api/decisions"),
                new Route("GET", "/api/decisions/{id}"), new Route("POST", "/api/analytics/runs"),
                new Route("GET", "/api/analytics/runs/{runId}"), new Route("GET", "/api/guarantee-circles"),
                new Route("GET", "/api/review/queue"), new Route("GET", "/api/rulesets"),
                new Route("POST", "/api/webhooks"), new Route("GET", "/api/users"), new Route("GET", "/api/not-yet-mapped"));
        List<String> failures = new ArrayList<>();
        for (Route route : future) {
            Set<String> admitted = ACCESS.stream().filter(r -> r.matches(route.method(), route.path())).findFirst()
                    .map(Rule::roles).orElse(ADMIN);
            for (String role : ROLES) {
                int status = call(TestUsers.as(role), route);
                if (!admitted.contains(role) && status != 403) failures.add(route + " as " + role + " answered " + status);
                if (admitted.contains(role) && (status == 401 || status == 403)) failures.add(route + " as " + role + " was refused");
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void shouldAnswerRefusalsAsProblemJson() {
        given().when().get("/api/companies/X1").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        TestUsers.as("importer").when().get("/api/companies/X1").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2("not.a.token").when().get("/api/companies/X1").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void shouldKeepHealthAndTheApiDescriptionOpen() {
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/openapi?format=json").then().statusCode(200);
    }

    /**
     * Path parameters get a dummy value; a body, when the route takes one, is of a type no route accepts (415 once
     * admitted), so that an admitted call reaches the resource without starting any work.
     */
    private static int call(RequestSpecification request, Route route) {
        if (route.path().endsWith("/stream")) {
            // An event stream never ends: ask for headers only, and don't wait for the body.
            request = request.header("Accept", "text/event-stream").config(io.restassured.RestAssured.config()
                    .httpClient(io.restassured.config.HttpClientConfig.httpClientConfig()
                            .setParam("http.socket.timeout", 3000)));
            try {
                return request.when().request("HEAD", route.concretePath()).then().extract().statusCode();
            } catch (RuntimeException timedOut) {
                return 200;
            }
        }
        if (!route.method().equals("GET") && !route.method().equals("DELETE")) {
            request = request.contentType("application/x-guanxi-probe").body("probe".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return request.when().request(route.method(), route.concretePath()).then().extract().statusCode();
    }

    @SuppressWarnings("unchecked")
    private static List<Route> routes() {
        Map<String, Object> paths = given().when().get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        List<Route> routes = new ArrayList<>();
        paths.forEach((path, operations) -> ((Map<String, Object>) operations).keySet().forEach(method -> {
            if (Set.of("get", "post", "put", "delete", "patch").contains(method)) {
                routes.add(new Route(method.toUpperCase(), path));
            }
        }));
        return routes;
    }
}
