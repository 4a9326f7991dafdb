package com.guanxi.security;

import com.guanxi.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.api.Test;

import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class AuthenticationTest {

    @jakarta.inject.Inject
    VerifiedTokens verifiedTokens;

    @Test
    void shouldIssueATokenThatTheApiAccepts() {
        // Given a local analyst
        TestUsers.create("auth-analyst", "correct horse battery", "analyst");
        // When they log in
        var answer = given().contentType(ContentType.JSON)
                .body(Map.of("username", "auth-analyst", "password", "correct horse battery"))
                .when().post("/api/auth/login")
                .then().statusCode(200).body("token", notNullValue()).body("roles", contains("analyst"))
                .extract().jsonPath();
        // Then the token expires in the future and names them to the API
        assertThat(Instant.parse(answer.getString("expiresAt"))).isAfter(Instant.now());
        given().auth().oauth2(answer.getString("token")).when().get("/api/auth/me")
                .then().statusCode(200).body("username", is("auth-analyst")).body("roles", contains("analyst"));
        // and the service verified it through the token memory (the parser smallrye-jwt's validator uses)
        assertThat(verifiedTokens.size()).isPositive();
    }

    @Test
    void shouldRefuseAWrongPasswordWithProblemJson() {
        TestUsers.create("auth-analyst", "correct horse battery", "analyst");
        given().contentType(ContentType.JSON).body(Map.of("username", "auth-analyst", "password", "wrong horse battery"))
                .when().post("/api/auth/login")
                .then().statusCode(401).contentType("application/problem+json")
                .body("status", is(401)).body("detail", containsString("password"));
    }

    @Test
    void shouldRefuseAnUnknownUserExactlyLikeAWrongPassword() {
        String wrongPassword = given().contentType(ContentType.JSON)
                .body(Map.of("username", "auth-analyst", "password", "wrong horse battery"))
                .when().post("/api/auth/login").then().statusCode(401).extract().path("detail");
        given().contentType(ContentType.JSON).body(Map.of("username", "nobody-here", "password", "wrong horse battery"))
                .when().post("/api/auth/login")
                .then().statusCode(401).contentType("application/problem+json").body("detail", is(wrongPassword));
    }

    @Test
    void shouldRefuseATokenSignedWithAnotherKey() throws Exception {
        // Given a token with the right issuer and role, signed by a key that is not this install's
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = Jwt.issuer("guanxi-local").upn("mallory").groups(Set.of("admin"))
                .expiresAt(Instant.now().plusSeconds(600)).sign(generator.generateKeyPair().getPrivate());
        // Then the API refuses it
        given().auth().oauth2(forged).when().get("/api/audit")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseATokenOfAnotherIssuerEvenWithThisInstallsKey() {
        var keys = SigningKeys.loadOrCreate(java.nio.file.Path.of("target/test-data/keys"));
        String foreign = Jwt.issuer("someone-else").upn("test-admin").groups(Set.of("admin"))
                .expiresAt(Instant.now().plusSeconds(600)).jws().keyId(keys.keyId()).sign(keys.privateKey());
        given().auth().oauth2(foreign).when().get("/api/auth/me")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseATokenWhoseClaimsWereChanged() {
        String[] parts = TestUsers.token("analyst").split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]));
        String admin = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.replace("\"analyst\"", "\"admin\"").getBytes());
        given().auth().oauth2(parts[0] + "." + admin + "." + parts[2]).when().get("/api/audit")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void shouldApplyARoleChangeToTokensAlreadyIssued() {
        // Given an analyst holding a token
        TestUsers.create("auth-mover", "mover password 1", "analyst");
        String token = TestUsers.login("auth-mover", "mover password 1");
        given().auth().oauth2(token).when().get("/api/audit").then().statusCode(403);
        // When an administrator makes them an admin
        TestUsers.create("auth-mover", "mover password 1", "admin");
        // Then the same token carries the new role
        given().auth().oauth2(token).when().get("/api/audit").then().statusCode(200);
    }

    @Test
    void shouldRefuseTheTokenOfARemovedUser() {
        TestUsers.create("auth-leaver", "leaver password", "analyst");
        String token = TestUsers.login("auth-leaver", "leaver password");
        given().auth().oauth2(token).when().get("/api/auth/me").then().statusCode(200);

        io.quarkus.arc.Arc.container().instance(LocalLogin.class).get().users().remove("auth-leaver");

        given().auth().oauth2(token).when().get("/api/auth/me")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void shouldLimitTheRequestRateOfAUserWith429AndRetryAfter() {
        // Given a user of their own (the test profile allows a burst of 150, then 5 a second)
        TestUsers.create("auth-busy", "busy user password", "analyst");
        String token = TestUsers.login("auth-busy", "busy user password");
        // When they send requests as fast as they can
        int accepted = 0;
        io.restassured.response.Response refused = null;
        for (int i = 0; i < 1000 && refused == null; i++) {
            var response = given().auth().oauth2(token).when().get("/api/auth/me");
            if (response.statusCode() == 429) refused = response;
            else accepted++;
        }
        // Then the burst is served and the rest is refused with a hint when to come back
        assertThat(refused).as("a 429 within 1000 requests").isNotNull();
        assertThat(accepted).isGreaterThanOrEqualTo(150);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isPositive();
        // And other users are not affected
        TestUsers.as("analyst").when().get("/api/auth/me").then().statusCode(200);
    }

    @Test
    void shouldRefuseAnUploadLargerThanTheLimitWithProblemJson() {
        // Given a body over the test profile's limit of 4M, announced as uploaders do (curl does so above 1 MB)
        byte[] big = new byte[5 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        // Then it is refused before a byte of it is read
        TestUsers.as("importer").header("Expect", "100-continue").contentType("multipart/form-data; boundary=x")
                .body(big)
                .when().post("/api/imports")
                .then().statusCode(413).contentType("application/problem+json").body("detail", containsString("4M"));
    }
}
