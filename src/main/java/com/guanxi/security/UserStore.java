package com.guanxi.security;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The local users in one JSON file ({@code {"users":[...]}}). The command line writes it (atomically, owner-only
 * permissions) while the service may be running; the service reads it again whenever the file changed, so a user
 * added with {@code guanxi user add} can log in at once.
 */
public final class UserStore {

    record UsersFile(List<LocalUser> users) {
        UsersFile {
            users = users == null ? List.of() : List.copyOf(users);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    /** The users as last read, by name, with the file's modification time then (null: no file). */
    private record Snapshot(FileTime version, List<LocalUser> users, Map<String, LocalUser> byName) {
        static final Snapshot NONE = new Snapshot(null, List.of(), Map.of());
    }

    /** Read without locking on every request; replaced under the lock when the file changed. */
    private volatile Snapshot cached;

    public UserStore(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    public Path file() {
        return file;
    }

    public List<LocalUser> all() {
        return current().users();
    }

    /** Checked on every request (a token's user may have been removed): one file-time look-up while nothing changed. */
    public Optional<LocalUser> find(String name) {
        return Optional.ofNullable(current().byName().get(name));
    }

    private Snapshot current() {
        FileTime version = modified();
        Snapshot snapshot = cached;
        if (snapshot != null && java.util.Objects.equals(snapshot.version(), version)) return snapshot;
        synchronized (this) {
            snapshot = cached;
            version = modified();
            if (snapshot != null && java.util.Objects.equals(snapshot.version(), version)) return snapshot;
            snapshot = read(version);
            cached = snapshot;
            return snapshot;
        }
    }

    private FileTime modified() {
        try {
            return Files.getLastModifiedTime(file);
        } catch (java.nio.file.NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the users file " + file, e);
        }
    }

    private Snapshot read(FileTime version) {
        if (version == null) return Snapshot.NONE;
        try {
            List<LocalUser> users = JSON.readValue(file.toFile(), UsersFile.class).users();
            Map<String, LocalUser> byName = new HashMap<>();
            for (LocalUser u : users) byName.putIfAbsent(u.name(), u);
            return new Snapshot(version, users, Map.copyOf(byName));
        } catch (java.nio.file.NoSuchFileException | java.io.FileNotFoundException e) {
            return Snapshot.NONE;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the users file " + file, e);
        }
    }

    /** Adds a user, or replaces the roles and password of an existing one. */
    public synchronized LocalUser put(String name, List<String> roles, char[] password) {
        LocalUser user = new LocalUser(name, roles, PasswordHasher.hash(password), Instant.now());
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel lock = FileChannel.open(file.resolveSibling(file.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE); var ignored = lock.lock()) {
                cached = null;
                List<LocalUser> users = new ArrayList<>(all());
                users.removeIf(u -> u.name().equals(name));
                users.add(user);
                write(new UsersFile(users));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the users file " + file, e);
        }
        cached = null;
        return user;
    }

    /** Removes a user; their tokens stop working at once. Returns whether there was such a user. */
    public synchronized boolean remove(String name) {
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel lock = FileChannel.open(file.resolveSibling(file.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE); var ignored = lock.lock()) {
                cached = null;
                List<LocalUser> users = new ArrayList<>(all());
                boolean removed = users.removeIf(u -> u.name().equals(name));
                if (removed) write(new UsersFile(users));
                return removed;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the users file " + file, e);
        } finally {
            cached = null;
        }
    }

    private void write(UsersFile content) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        Files.createFile(temp);
        ownerOnly(temp);
        Files.write(temp, JSON.writeValueAsBytes(content));
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Password hashes and private keys are readable by the service's account only (where the file system can say so). */
    static void ownerOnly(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the folder's permissions are the operator's to set.
        }
    }
}
