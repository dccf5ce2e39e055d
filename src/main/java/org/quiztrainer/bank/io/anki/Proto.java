package org.quiztrainer.bank.io.anki;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The few protocol buffer messages of Anki packages, without generated code: a reader of the wire format
 * (varints, length-delimited fields, skipping what it does not know) and a writer for the same.
 * Messages read: {@code PackageMetadata} ({@code version = 1}), {@code MediaEntries} ({@code repeated
 * MediaEntry entries = 1} with {@code name = 1}, {@code size = 2}), {@code Notetype.Config} ({@code kind = 1},
 * {@code original_stock_kind = 9}), {@code Notetype.Template.Config} ({@code q_format = 1},
 * {@code a_format = 2}), from {@code proto/anki/import_export.proto} and {@code notetypes.proto}.
 */
final class Proto {

    private Proto() {}

    /** A malformed message. */
    static final class MalformedException extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedException(String what) {
            super(what);
        }
    }

    /** One field: its number, wire type and value (a varint, or the bytes of a length-delimited field). */
    record Field(int number, int wireType, long varint, byte[] bytes) {
        String string() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** The fields of a message, in order. */
    static List<Field> fields(byte[] message) throws MalformedException {
        List<Field> out = new ArrayList<>();
        int[] pos = {0};
        while (pos[0] < message.length) {
            long key = varint(message, pos);
            int number = (int) (key >>> 3);
            int wire = (int) (key & 7);
            switch (wire) {
                case 0 -> out.add(new Field(number, wire, varint(message, pos), null));
                case 1 -> skip(message, pos, 8);
                case 2 -> {
                    long len = varint(message, pos);
                    if (len < 0 || len > message.length - pos[0]) {
                        throw new MalformedException("a field runs past the end of its message");
                    }
                    byte[] b = new byte[(int) len];
                    System.arraycopy(message, pos[0], b, 0, (int) len);
                    pos[0] += (int) len;
                    out.add(new Field(number, wire, 0, b));
                }
                case 5 -> skip(message, pos, 4);
                default -> throw new MalformedException("unknown wire type " + wire);
            }
        }
        return out;
    }

    /** The varint field {@code number}, or {@code fallback}. */
    static long varint(byte[] message, int number, long fallback) throws MalformedException {
        long value = fallback;
        for (Field f : fields(message)) {
            if (f.number() == number && f.wireType() == 0) {
                value = f.varint();
            }
        }
        return value;
    }

    /** The string field {@code number}, or empty. */
    static String string(byte[] message, int number) throws MalformedException {
        String value = "";
        for (Field f : fields(message)) {
            if (f.number() == number && f.wireType() == 2) {
                value = f.string();
            }
        }
        return value;
    }

    private static long varint(byte[] b, int[] pos) throws MalformedException {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos[0] >= b.length) {
                throw new MalformedException("a varint runs past the end of its message");
            }
            int c = b[pos[0]++] & 0xff;
            value |= (long) (c & 0x7f) << shift;
            if ((c & 0x80) == 0) {
                return value;
            }
        }
        throw new MalformedException("a varint longer than 10 bytes");
    }

    private static void skip(byte[] b, int[] pos, int n) throws MalformedException {
        if (b.length - pos[0] < n) {
            throw new MalformedException("a fixed-size field runs past the end of its message");
        }
        pos[0] += n;
    }

    /** Writes a message. */
    static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Writer varint(int number, long value) {
            raw(((long) number << 3));
            raw(value);
            return this;
        }

        Writer bytes(int number, byte[] value) {
            raw(((long) number << 3) | 2);
            raw(value.length);
            out.writeBytes(value);
            return this;
        }

        Writer string(int number, String value) {
            return bytes(number, value.getBytes(StandardCharsets.UTF_8));
        }

        byte[] toBytes() {
            return out.toByteArray();
        }

        private void raw(long v) {
            long value = v;
            while ((value & ~0x7fL) != 0) {
                out.write((int) ((value & 0x7f) | 0x80));
                value >>>= 7;
            }
            out.write((int) value);
        }
    }
}
