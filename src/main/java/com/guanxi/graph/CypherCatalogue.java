package com.guanxi.graph;

import io.quarkus.runtime.util.ClassPathUtils;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The Cypher statements of {@code cypher/}, one statement per file, loaded by name ("company/upsert" is
 * {@code cypher/company/upsert.cypher}). Every value in them is a {@code $parameter}: no statement is ever built by
 * concatenation. A name that does not exist fails at start-up, not on the first request.
 */
@ApplicationScoped
public class CypherCatalogue {

    private static final String ROOT = "cypher";
    private final Map<String, String> statements;

    public CypherCatalogue() {
        this.statements = Collections.unmodifiableMap(loadAll());
        for (Statement statement : Statement.values()) {
            get(statement.fileName);
        }
    }

    /** The statement text of {@code cypher/<name>.cypher}. */
    public String get(String name) {
        String text = statements.get(name);
        if (text == null) {
            throw new IllegalStateException("No Cypher statement named " + name + " under cypher/");
        }
        return text;
    }

    public String get(Statement statement) {
        return get(statement.fileName);
    }

    /** The schema migrations {@code cypher/schema/V###__*.cypher}, ordered by version. */
    public List<Migration> migrations() {
        List<Migration> migrations = new ArrayList<>();
        statements.forEach((name, text) -> {
            if (name.startsWith("schema/V")) {
                String file = name.substring("schema/".length());
                int version = Integer.parseInt(file.substring(1, file.indexOf("__")));
                migrations.add(new Migration(version, file, splitStatements(text)));
            }
        });
        migrations.sort((a, b) -> Integer.compare(a.version(), b.version()));
        return migrations;
    }

    public record Migration(int version, String file, List<String> statements) {
    }

    /** Schema files may hold several statements separated by ';' (each is still a complete statement). */
    static List<String> splitStatements(String text) {
        List<String> out = new ArrayList<>();
        for (String part : stripComments(text).split(";")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private static String stripComments(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n")) {
            if (!line.strip().startsWith("//")) {
                sb.append(line).append('\n');
            }
        }
        return sb.toString();
    }

    private static Map<String, String> loadAll() {
        Map<String, String> found = new TreeMap<>();
        try {
            ClassPathUtils.consumeAsPaths(CypherCatalogue.class.getClassLoader(), ROOT, root -> {
                try (Stream<Path> files = Files.walk(root)) {
                    files.filter(p -> p.toString().endsWith(".cypher")).forEach(p -> {
                        String relative = root.relativize(p).toString().replace('\\', '/');
                        String name = relative.substring(0, relative.length() - ".cypher".length());
                        try {
                            found.putIfAbsent(name, Files.readString(p, StandardCharsets.UTF_8));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Cypher catalogue", e);
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("The Cypher catalogue (cypher/ on the classpath) is empty");
        }
        return found;
    }
}
