package com.guanxi.graph;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One line of the importer's CSV, built straight as UTF-8 bytes: every value quoted, its quotes doubled. Millions of
 * lines go through one of these, so a line is neither a StringBuilder nor a String on its way to the file.
 */
final class CsvLine {

    private byte[] bytes = new byte[1024];
    private int length;

    void clear() {
        length = 0;
    }

    void separator() {
        room(1);
        bytes[length++] = ',';
    }

    void end() {
        room(1);
        bytes[length++] = '\n';
    }

    /** Appends {@code value} quoted; the caller has checked it holds no line break. */
    void quoted(String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        room(utf8.length * 2 + 2);
        bytes[length++] = '"';
        if (value.indexOf('"') < 0) {
            System.arraycopy(utf8, 0, bytes, length, utf8.length);
            length += utf8.length;
        } else {
            // A quote byte never occurs inside a multi-byte sequence, so doubling it byte by byte is safe.
            for (byte b : utf8) {
                if (b == '"') bytes[length++] = '"';
                bytes[length++] = b;
            }
        }
        bytes[length++] = '"';
    }

    int length() {
        return length;
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, length);
    }

    private void room(int more) {
        if (length + more > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
    }
}
