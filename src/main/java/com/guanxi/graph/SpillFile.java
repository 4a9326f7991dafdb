package com.guanxi.graph;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Rows a bulk load keeps on disk until the graph is loaded, in the order they came: the file is created with the
 * first row, and read back as often as needed once closed.
 */
final class SpillFile<T extends Serializable> implements AutoCloseable {

    private final Path path;
    private final Class<T> type;
    private ObjectOutputStream out;
    private long count;

    SpillFile(Path path, Class<T> type) {
        this.path = path;
        this.type = type;
    }

    void add(T row) {
        try {
            if (out == null) out = new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(path)));
            out.writeObject(row);
            out.reset(); // rows are independent: nothing is shared with earlier ones, nothing is held for them
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a row to " + path, e);
        }
    }

    long count() {
        return count;
    }

    /** Every row, in the order they came (the file is closed first). */
    void forEach(Consumer<T> each) throws IOException {
        close();
        if (count == 0) return;
        try (var in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(path)))) {
            while (true) {
                Object row;
                try {
                    row = in.readObject();
                } catch (EOFException end) {
                    return;
                } catch (ClassNotFoundException e) {
                    throw new IOException(e);
                }
                each.accept(type.cast(row));
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }

    void delete() throws IOException {
        close();
        Files.deleteIfExists(path);
    }
}
