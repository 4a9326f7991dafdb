package com.guanxi.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code guanxi user add NAME --role ROLE [--role ROLE...] [--password-stdin]}, {@code guanxi user remove NAME} and
 * {@code guanxi user list}.
 * Runs without starting the service (which may be running and holds the database), so it finds the users file the
 * way application.properties does: {@code -Dguanxi.security.users-file}, else {@code GUANXI_USERS_FILE}, else
 * {@code $GUANXI_DATA_DIR/users.json} (default {@code data/users.json}).
 */
public final class UserCommand {

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    public UserCommand(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    public static Path usersFile() {
        String property = System.getProperty("guanxi.security.users-file");
        if (property != null && !property.isBlank()) return Path.of(property);
        String env = System.getenv("GUANXI_USERS_FILE");
        if (env != null && !env.isBlank()) return Path.of(env);
        String dataDir = System.getenv("GUANXI_DATA_DIR");
        return Path.of(dataDir == null || dataDir.isBlank() ? "data" : dataDir, "users.json");
    }

    /** Runs {@code args} (without the leading "user") and returns the exit code. */
    public int run(List<String> args, UserStore store) {
        if (args.isEmpty()) return usage();
        try {
            return switch (args.get(0)) {
                case "add" -> add(args.subList(1, args.size()), store);
                case "list" -> list(store);
                case "remove" -> remove(args.subList(1, args.size()), store);
                default -> usage();
            };
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
    }

    private int add(List<String> args, UserStore store) {
        if (args.isEmpty() || args.get(0).startsWith("--")) return usage();
        String name = args.get(0);
        List<String> roles = new ArrayList<>();
        boolean fromStdin = false;
        for (int i = 1; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--role" -> {
                    if (i + 1 >= args.size()) return usage();
                    Arrays.stream(args.get(++i).split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(roles::add);
                }
                case "--password-stdin" -> fromStdin = true;
                default -> {
                    err.println("Unknown option " + args.get(i));
                    return usage();
                }
            }
        }
        if (roles.isEmpty()) {
            err.println("Give the user's role with --role (analyst, approver, importer, admin).");
            return 2;
        }
        char[] password = fromStdin ? readLine() : prompt();
        if (password == null) return 2;
        PasswordHasher.checkAcceptable(password);
        LocalUser user = store.put(name, roles, password);
        Arrays.fill(password, '\0');
        out.println("User " + user.name() + " saved with roles " + String.join(", ", user.roles()) + " in " + store.file());
        return 0;
    }

    private int remove(List<String> args, UserStore store) {
        if (args.size() != 1) return usage();
        if (!store.remove(args.get(0))) {
            err.println("No user " + args.get(0) + " in " + store.file());
            return 1;
        }
        out.println("User " + args.get(0) + " removed; their tokens no longer work.");
        return 0;
    }

    private int list(UserStore store) {
        for (LocalUser user : store.all()) {
            out.println(user.name() + "\t" + String.join(",", user.roles()) + "\t" + user.createdAt());
        }
        return 0;
    }

    private char[] readLine() {
        try {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                err.println("No password on standard input.");
                return null;
            }
            return line.toCharArray();
        } catch (IOException e) {
            err.println("Cannot read the password from standard input: " + e.getMessage());
            return null;
        }
    }

    private char[] prompt() {
        var console = System.console();
        if (console == null) {
            err.println("No terminal to ask for the password: pipe it in with --password-stdin.");
            return null;
        }
        char[] first = console.readPassword("Password for the new user: ");
        char[] second = console.readPassword("Again: ");
        if (first == null || !Arrays.equals(first, second)) {
            err.println("The two passwords differ.");
            return null;
        }
        return first;
    }

    private int usage() {
        err.println("""
                Usage:
                  guanxi user add NAME --role ROLE [--role ROLE...] [--password-stdin]
                        roles: analyst, approver, importer, admin (several: --role analyst,approver)
                  guanxi user remove NAME
                  guanxi user list""");
        return 2;
    }
}
