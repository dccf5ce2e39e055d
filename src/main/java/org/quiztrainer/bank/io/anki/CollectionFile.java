package org.quiztrainer.bank.io.anki;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Collator;
import java.util.Locale;
import org.sqlite.Collation;
import org.sqlite.SQLiteConfig;

/**
 * A package's collection, copied to a private temporary file (SQLite needs a file; it is readable by this
 * process's user only and deleted on close), and opened read-only: no journal, no writes, {@code trusted_schema}
 * off so that nothing in the file's schema runs, a time limit on every query. Anki's {@code unicase} collation,
 * which schema 18 tables declare, is provided.
 */
final class CollectionFile implements AutoCloseable {

    /** The longest any one query may run, in seconds. */
    static final int QUERY_SECONDS = 120;

    private final Path file;
    private Connection connection;

    private CollectionFile(Path file) {
        this.file = file;
    }

    /** Copies a collection from a stream to a temporary file. */
    static CollectionFile copy(InputStream in) throws IOException {
        Path file = Files.createTempFile("quiztrainer-anki-", ".sqlite");
        CollectionFile out = new CollectionFile(file);
        try (OutputStream o = Files.newOutputStream(file)) {
            in.transferTo(o);
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
        return out;
    }

    /** Whether the copied file starts with the SQLite header. */
    boolean isSqlite() throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return ApkgReader.sqlite(in.readNBytes(16));
        }
    }

    /** The database, opened read-only. */
    Connection connection() throws SQLException, IOException {
        if (connection == null) {
            rollbackJournalMode();
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            config.setJournalMode(SQLiteConfig.JournalMode.OFF);
            connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA trusted_schema = OFF");
                s.execute("PRAGMA query_only = ON");
            }
            Collator collator = Collator.getInstance(Locale.ROOT);
            collator.setStrength(Collator.SECONDARY);
            Collation.create(connection, "unicase", new Collation() {
                @Override
                protected int xCompare(String a, String b) {
                    return collator.compare(a, b);
                }
            });
        }
        return connection;
    }

    /**
     * A collection saved in WAL mode says so in bytes 18 and 19 of its header; without its {@code -wal} file it
     * reads the same in rollback mode, which a read-only connection can open. The private copy is changed.
     */
    private void rollbackJournalMode() throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            if (raf.length() >= 100) {
                raf.seek(18);
                if (raf.read() == 2) {
                    raf.seek(18);
                    raf.write(new byte[] {1, 1});
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException e) {
            throw new IOException(e);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(Path.of(file + "-journal"));
            Files.deleteIfExists(Path.of(file + "-wal"));
            Files.deleteIfExists(Path.of(file + "-shm"));
        }
    }
}
