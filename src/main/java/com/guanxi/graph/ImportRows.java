package com.guanxi.graph;

import org.neo4j.batchimport.api.InputIterable;
import org.neo4j.batchimport.api.InputIterator;
import org.neo4j.batchimport.api.input.InputChunk;
import org.neo4j.batchimport.api.input.InputEntityVisitor;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The nodes, or the relationships, of a bulk load on their way to Neo4j's offline importer, which reads them straight
 * from here ({@link #input()}) instead of from CSV: a row is encoded once as it is written (property names, label
 * sets and types as small numbers, values in binary) into blocks of a spill file, and the importer's threads decode
 * whole blocks at a time. No text format sits in between, so no value needs quoting, escaping or parsing again and
 * any text goes in verbatim, line breaks included.
 *
 * <p>A property is stored when its value is text, a whole number, a decimal, a truth value, a date or a list of
 * texts; null or an empty list is no property. A row holding any other value is refused whole ({@link #properties}
 * returns false and the caller {@link #rollback()}s it), and the caller writes it the transactional way.
 */
final class ImportRows implements AutoCloseable {

    /** A block is written once it holds this much; a row longer than that gets a block of its own. */
    private static final int BLOCK = 1 << 20;
    private static final byte STRING = 1, LONG = 2, DOUBLE = 3, TRUE = 4, FALSE = 5, DATE = 6, STRING_ARRAY = 7;

    private final Path file;
    private final boolean relationships;
    private final DataOutputStream out;
    /** Property names, label sets and relationship types by number; property name 0 ends a row. */
    private final Map<String, Integer> keyNumbers = new HashMap<>();
    private final List<String> keys = new ArrayList<>(List.of(""));
    private final List<String[]> labelSets = new ArrayList<>();
    private final List<String> types = new ArrayList<>();
    private byte[] block = new byte[BLOCK + (BLOCK >> 2)];
    private int length;
    private int rowStart = -1;
    private int rowProperties;
    private long rows, properties, propertyBytes;
    private boolean closed;

    ImportRows(Path file, boolean relationships) {
        this.file = file;
        this.relationships = relationships;
        try {
            out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number under which a node's labels are written. */
    int labelSet(String... labels) {
        labelSets.add(labels.clone());
        return labelSets.size() - 1;
    }

    /** The number under which a relationship type is written. */
    int type(String type) {
        types.add(type);
        return types.size() - 1;
    }

    /** Starts a node row; {@code id} is the node id the importer gives it. */
    void beginNode(long id, int labelSet) {
        if (relationships) throw new IllegalStateException("These rows are relationships");
        begin();
        writeVarLong(id);
        writeVarLong(labelSet);
    }

    /** Starts a relationship row between two node ids. */
    void beginRelationship(long from, long to, int type) {
        if (!relationships) throw new IllegalStateException("These rows are nodes");
        begin();
        writeVarLong(from);
        writeVarLong(to);
        writeVarLong(type);
    }

    private void begin() {
        if (rowStart >= 0) throw new IllegalStateException("The previous row was neither committed nor rolled back");
        rowStart = length;
        rowProperties = 0;
    }

    /** Adds a property to the row begun; false when its value cannot be stored (see the class). */
    boolean property(String key, Object value) {
        if (NodeWrite.absent(value)) return true;
        int mark = length;
        Integer number = keyNumbers.get(key);
        if (number == null) {
            number = keys.size();
            keyNumbers.put(key, number);
            keys.add(key);
        }
        writeVarLong(number);
        boolean stored = true;
        if (value instanceof String s) {
            writeTag(STRING);
            writeString(s);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            writeTag(LONG);
            writeVarLong(zigZag(((Number) value).longValue()));
        } else if (value instanceof Double || value instanceof Float) {
            writeDouble(((Number) value).doubleValue());
        } else if (value instanceof Boolean b) {
            writeTag(b ? TRUE : FALSE);
        } else if (value instanceof LocalDate d) {
            writeTag(DATE);
            writeVarLong(zigZag(d.toEpochDay()));
        } else if (value instanceof List<?> list) {
            stored = writeTexts(list);
        } else {
            stored = false;
        }
        if (!stored) {
            length = mark;
            return false;
        }
        rowProperties++;
        propertyBytes += length - mark;
        return true;
    }

    /** Adds every property of {@code props}; false at the first value that cannot be stored. */
    boolean properties(Map<String, Object> props) {
        for (var e : props.entrySet()) {
            if (!property(e.getKey(), e.getValue())) return false;
        }
        return true;
    }

    /** Ends the row begun: it will reach the importer. */
    void commit() {
        writeVarLong(0);
        rowStart = -1;
        rows++;
        properties += rowProperties;
        if (length >= BLOCK) writeBlock();
    }

    /** Forgets the row begun, as if it had never been. */
    void rollback() {
        length = rowStart;
        rowStart = -1;
    }

    long rows() {
        return rows;
    }

    long properties() {
        return properties;
    }

    /** The bytes the rows' values take here: about what they take in the store. */
    long propertyBytes() {
        return propertyBytes;
    }

    private void writeDouble(double value) {
        writeTag(DOUBLE);
        long bits = Double.doubleToRawLongBits(value);
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) block[length++] = (byte) (bits >>> shift);
    }

    private boolean writeTexts(List<?> list) {
        for (Object element : list) {
            if (!(element instanceof String)) return false;
        }
        writeTag(STRING_ARRAY);
        writeVarLong(list.size());
        for (Object element : list) writeString((String) element);
        return true;
    }

    private void writeTag(byte tag) {
        ensure(1);
        block[length++] = tag;
    }

    private void writeString(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        writeVarLong(utf8.length);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, block, length, utf8.length);
        length += utf8.length;
    }

    private void writeVarLong(long value) {
        ensure(10);
        while ((value & ~0x7FL) != 0) {
            block[length++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        block[length++] = (byte) value;
    }

    private static long zigZag(long value) {
        return (value << 1) ^ (value >> 63);
    }

    private void ensure(int more) {
        if (length + more > block.length) block = Arrays.copyOf(block, Math.max(block.length * 2, length + more));
    }

    private void writeBlock() {
        try {
            out.writeInt(length);
            out.write(block, 0, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        length = 0;
        if (block.length > BLOCK + (BLOCK >> 2)) block = new byte[BLOCK + (BLOCK >> 2)];
    }

    /** Writes the last block; the rows can then be read. */
    @Override
    public void close() {
        if (closed) return;
        if (rowStart >= 0) rollback();
        if (length > 0) writeBlock();
        closed = true;
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete() throws IOException {
        close();
        Files.deleteIfExists(file);
    }

    /**
     * The rows as the importer reads them: each of its threads takes the next whole block and hands the block's rows
     * to its visitor, with the node ids, labels, ends and types they were written with.
     */
    InputIterable input() {
        if (!closed) throw new IllegalStateException("The rows are read once they are all written (closed)");
        return () -> {
            try {
                return new Blocks(new DataInputStream(Files.newInputStream(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private final class Blocks implements InputIterator {
        private final DataInputStream in;

        Blocks(DataInputStream in) {
            this.in = in;
        }

        @Override
        public InputChunk newChunk() {
            return new Chunk();
        }

        @Override
        public synchronized boolean next(InputChunk chunk) throws IOException {
            Chunk c = (Chunk) chunk;
            int size;
            try {
                size = in.readInt();
            } catch (EOFException end) {
                return false;
            }
            if (c.bytes.length < size) c.bytes = new byte[size];
            in.readFully(c.bytes, 0, size);
            c.length = size;
            c.at = 0;
            return true;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** One block being decoded by one of the importer's threads. */
    private final class Chunk implements InputChunk {
        private byte[] bytes = new byte[0];
        private int length, at;

        @Override
        public boolean next(InputEntityVisitor visitor) throws IOException {
            if (at >= length) return false;
            if (relationships) {
                visitor.startId(readVarLong());
                visitor.endId(readVarLong());
                visitor.type(types.get((int) readVarLong()));
            } else {
                visitor.id(readVarLong());
                visitor.labels(labelSets.get((int) readVarLong()));
            }
            for (int key; (key = (int) readVarLong()) != 0; ) {
                visitor.property(keys.get(key), readValue());
            }
            visitor.endOfEntity();
            return true;
        }

        private Object readValue() {
            byte tag = bytes[at++];
            return switch (tag) {
                case STRING -> readString();
                case LONG -> unZigZag(readVarLong());
                case DOUBLE -> {
                    long bits = 0;
                    for (int i = 0; i < 8; i++) bits = (bits << 8) | (bytes[at++] & 0xFF);
                    yield Double.longBitsToDouble(bits);
                }
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                case DATE -> LocalDate.ofEpochDay(unZigZag(readVarLong()));
                case STRING_ARRAY -> {
                    String[] texts = new String[(int) readVarLong()];
                    for (int i = 0; i < texts.length; i++) texts[i] = readString();
                    yield texts;
                }
                default -> throw new IllegalStateException("Unknown value tag " + tag + " in " + file);
            };
        }

        private String readString() {
            int size = (int) readVarLong();
            String s = new String(bytes, at, size, StandardCharsets.UTF_8);
            at += size;
            return s;
        }

        private long readVarLong() {
            long value = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = bytes[at++];
                value |= (long) (b & 0x7F) << shift;
                if (b >= 0) return value;
            }
        }

        private static long unZigZag(long value) {
            return (value >>> 1) ^ -(value & 1);
        }

        @Override
        public void close() {
        }
    }
}
