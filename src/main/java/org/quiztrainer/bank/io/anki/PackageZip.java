package org.quiztrainer.bank.io.anki;

import com.github.luben.zstd.ZstdInputStreamNoFinalizer;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.quiztrainer.bank.io.ImportLimitException;
import org.quiztrainer.bank.io.ImportLimits;
import org.quiztrainer.bank.io.Where;
import org.quiztrainer.bank.io.support.Messages;

/**
 * An Anki package (a zip) opened within the limits: the file's size and its number of entries are checked
 * before anything is read, every entry's name (a name leaving the package, {@code ../x} or {@code /x}, refuses
 * the file, although nothing is ever written under an entry's name), and each entry's declared size and ratio.
 * While an entry is read its actual bytes are counted, after inflating and after zstd, against its declared
 * size, the expansion ratio and the total of {@link ImportLimits#maxExpandedBytes()}: a zip bomb is stopped at
 * the first byte past a limit, whatever its headers claim.
 */
final class PackageZip implements AutoCloseable {

    /** Entries smaller than this are not held to the ratio: tiny files compress absurdly well. */
    private static final long RATIO_FLOOR = 1 << 20;

    private final ZipFile zip;
    private final ImportLimits limits;
    private final long[] expanded = new long[1];

    private PackageZip(ZipFile zip, ImportLimits limits) {
        this.zip = zip;
        this.limits = limits;
    }

    /** Opens a package; {@code null} when the file is not a zip archive. */
    static PackageZip open(Path file, ImportLimits limits) throws IOException {
        long size = Files.size(file);
        if (size > limits.maxFileBytes()) {
            throw Messages.refusal(
                    Where.entry("package"), "import.problem.anki.file-too-large", size, limits.maxFileBytes());
        }
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            return null;
        }
        try {
            check(zip, limits);
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
        return new PackageZip(zip, limits);
    }

    private static void check(ZipFile zip, ImportLimits limits) throws ImportLimitException {
        if (zip.size() > limits.maxEntries()) {
            throw Messages.refusal(
                    Where.entry("package"), "import.problem.anki.too-many-entries", zip.size(), limits.maxEntries());
        }
        long declared = 0;
        for (ZipEntry e : Collections.list(zip.entries())) {
            String name = e.getName();
            if (!safe(name)) {
                throw Messages.refusal(Where.entry(printable(name)), "import.problem.anki.unsafe-entry");
            }
            long size = Math.max(e.getSize(), 0);
            declared += size;
            if (declared > limits.maxExpandedBytes()) {
                throw Messages.refusal(
                        Where.entry(name), "import.problem.anki.too-large-expanded", limits.maxExpandedBytes());
            }
            if (size > RATIO_FLOOR && size > Math.max(e.getCompressedSize(), 1) * limits.maxRatio()) {
                throw Messages.refusal(Where.entry(name), "import.problem.anki.zip-bomb", (long) limits.maxRatio());
            }
        }
    }

    /** Whether an entry name stays inside the package: relative, no {@code ..}, no backslash, no drive. */
    static boolean safe(String name) {
        if (name.isEmpty()
                || name.startsWith("/")
                || name.indexOf('\\') >= 0
                || name.indexOf('\0') >= 0
                || (name.length() > 1 && name.charAt(1) == ':')) {
            return false;
        }
        for (String part : name.split("/")) {
            if (part.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static String printable(String name) {
        String s = name.replaceAll("\\p{Cntrl}", "?");
        return s.length() > 120 ? s.substring(0, 120) + "..." : s;
    }

    /** Whether the package has an entry. */
    boolean has(String name) {
        return zip.getEntry(name) != null;
    }

    /** The declared expanded size of an entry, or -1. */
    long size(String name) {
        ZipEntry e = zip.getEntry(name);
        return e == null ? -1 : e.getSize();
    }

    /** Reads an entry (zstd-decoded when {@code zstd}), counting its bytes against the limits. */
    InputStream open(String name, boolean zstd) throws IOException {
        ZipEntry e = zip.getEntry(name);
        if (e == null) {
            throw new java.io.FileNotFoundException(name);
        }
        long compressed = Math.max(e.getCompressedSize(), 1);
        InputStream raw =
                new Counted(zip.getInputStream(e), name, compressed, zstd ? -1 : e.getSize(), limits, expanded);
        return zstd ? new Counted(new ZstdInputStreamNoFinalizer(raw), name, compressed, -1, limits, expanded) : raw;
    }

    /**
     * A file read outside a package (a bare collection) under the same limits: {@code size} bytes as they are,
     * or zstd-decoded and held to the expansion ratio.
     */
    static InputStream bounded(InputStream in, String name, long size, boolean zstd, ImportLimits limits)
            throws IOException {
        long[] total = new long[1];
        InputStream raw = new Counted(in, name, Math.max(size, 1), size, limits, total);
        return zstd
                ? new Counted(new ZstdInputStreamNoFinalizer(raw), name, Math.max(size, 1), -1, limits, total)
                : raw;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Counts the bytes read from an entry and stops at a limit. */
    private static final class Counted extends FilterInputStream {
        private final String name;
        private final long compressed;
        private final long declared;
        private final ImportLimits limits;
        private final long[] expanded;
        private long count;

        Counted(InputStream in, String name, long compressed, long declared, ImportLimits limits, long[] expanded) {
            super(in);
            this.name = name;
            this.compressed = compressed;
            this.declared = declared;
            this.limits = limits;
            this.expanded = expanded;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
                expanded[0] += n;
                if (declared >= 0 && count > declared) {
                    throw Messages.refusal(Where.entry(name), "import.problem.anki.size-mismatch");
                }
                if (expanded[0] > limits.maxExpandedBytes()) {
                    throw Messages.refusal(
                            Where.entry(name), "import.problem.anki.too-large-expanded", limits.maxExpandedBytes());
                }
                if (count > RATIO_FLOOR && count > compressed * limits.maxRatio()) {
                    throw Messages.refusal(Where.entry(name), "import.problem.anki.zip-bomb", (long) limits.maxRatio());
                }
            }
            return n;
        }
    }
}
