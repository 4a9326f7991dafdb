package com.guanxi.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class UserCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        var command = new UserCommand(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return command.run(List.of(args), new UserStore(dir.resolve("users.json")));
    }

    @Test
    void shouldAddAUserWhosePasswordIsStoredOnlyAsABcryptHash() throws Exception {
        int code = run("s3cret-enough-pw\n", "add", "alice", "--role", "analyst,approver", "--password-stdin");

        assertThat(code).isZero();
        String file = Files.readString(dir.resolve("users.json"));
        assertThat(file).contains("\"alice\"").contains("$2b$12$").doesNotContain("s3cret-enough-pw");
        var store = new UserStore(dir.resolve("users.json"));
        assertThat(store.find("alice").orElseThrow().roles()).containsExactly("analyst", "approver");
        assertThat(PasswordHasher.matches(store.find("alice").orElseThrow().passwordHash(), "s3cret-enough-pw".toCharArray())).isTrue();
        assertThat(PasswordHasher.matches(store.find("alice").orElseThrow().passwordHash(), "s3cret-enough-pX".toCharArray())).isFalse();
    }

    @Test
    void shouldRefuseAnUnknownRole() {
        assertThat(run("s3cret-enough-pw\n", "add", "bob", "--role", "superuser", "--password-stdin")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown role");
        assertThat(dir.resolve("users.json")).doesNotExist();
    }

    @Test
    void shouldRefuseAShortPassword() {
        assertThat(run("short\n", "add", "bob", "--role", "admin", "--password-stdin")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("at least");
    }

    @Test
    void shouldReplaceTheRolesOfAnExistingUser() {
        run("s3cret-enough-pw\n", "add", "alice", "--role", "analyst", "--password-stdin");
        run("another-password\n", "add", "alice", "--role", "admin", "--password-stdin");
        out.reset();
        assertThat(run("", "list")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).containsOnlyOnce("alice").contains("admin");
    }

    @Test
    void shouldRemoveAUser() {
        run("s3cret-enough-pw\n", "add", "alice", "--role", "analyst", "--password-stdin");
        assertThat(run("", "remove", "alice")).isZero();
        assertThat(new UserStore(dir.resolve("users.json")).find("alice")).isEmpty();
        assertThat(run("", "remove", "alice")).isEqualTo(1);
    }
}
