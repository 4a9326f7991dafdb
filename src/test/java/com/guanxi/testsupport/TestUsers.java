package com.guanxi.testsupport;

import com.guanxi.security.LocalLogin;
import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static io.restassured.RestAssured.given;

/**
 * Users for Quarkus tests: {@code TestUsers.as("analyst")} is a REST Assured request carrying a bearer token of a
 * user with that role, obtained through the real login. Users are written to the test profile's users file
 * (target/test-data/users.json) on first use; tokens are cached for the test JVM.
 */
public final class TestUsers {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private TestUsers() {
    }

    /** A request authenticated as the test user of {@code role} (analyst, approver, importer, admin). */
    public static RequestSpecification as(String role) {
        return given().auth().oauth2(token(role));
    }

    public static String token(String role) {
        return TOKENS.computeIfAbsent(role, r -> {
            String name = "test-" + r;
            create(name, password(name), r);
            return login(name, password(name));
        });
    }

    /** Creates (or resets) a local user with these roles. */
    public static void create(String name, String password, String... roles) {
        LocalLogin login = Arc.container().instance(LocalLogin.class).get();
        if (login.users().find(name).filter(u -> u.roles().equals(List.of(roles))).isPresent()
                && login.authenticate(name, password.toCharArray()).isPresent()) {
            return;
        }
        login.users().put(name, List.of(roles), password.toCharArray());
    }

    public static String login(String name, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", name, "password", password))
                .when().post("/api/auth/login")
                .then().statusCode(200).extract().path("token");
    }

    public static String password(String name) {
        return "pw-for-" + name + "-in-tests";
    }
}
