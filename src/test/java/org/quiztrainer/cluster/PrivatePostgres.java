package org.quiztrainer.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the test's own (initdb in a fresh folder, a free port, trust authentication on
 * 127.0.0.1), so that a test may stop and restart it without touching the machine's server. As root the
 * server runs as the system user {@code postgres}, which PostgreSQL requires.
 */
final class PrivatePostgres implements AutoCloseable {

    final Path dir;
    final int port;
    private final Path bin;

    private PrivatePostgres(Path dir, int port, Path bin) {
        this.dir = dir;
        this.port = port;
        this.bin = bin;
    }

    /** Whether PostgreSQL's server programs are installed. */
    static boolean installed() {
        return binaries() != null;
    }

    /**
     * Creates and starts a server in {@code dir} on {@code port}. A server left in {@code dir} by an earlier
     * run that was cut short is stopped and its folder deleted first, so that a re-run starts clean.
     */
    static PrivatePostgres create(Path dir, int port) throws IOException, InterruptedException {
        Path bin = binaries();
        if (bin == null) {
            throw new IllegalStateException("PostgreSQL is not installed under /usr/lib/postgresql");
        }
        Files.createDirectories(dir.getParent());
        if (Files.exists(dir)) {
            new PrivatePostgres(dir.toAbsolutePath(), port, bin).close();
        }
        Files.createDirectory(dir);
        PrivatePostgres pg = new PrivatePostgres(dir.toAbsolutePath(), port, bin);
        if (root()) {
            pg.run("chown", "postgres:postgres", pg.dir.toString());
        }
        pg.asServerUser(bin.resolve("initdb") + " -D " + pg.data() + " -A trust -U postgres -E UTF8 --no-locale");
        pg.start();
        return pg;
    }

    /** Starts the server and waits until it accepts connections. */
    void start() throws IOException, InterruptedException {
        asServerUser(bin.resolve("pg_ctl") + " -D " + data() + " -l " + dir.resolve("server.log") + " -w -t 60"
                + " -o \"-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1\" start");
    }

    /** Stops the server at once (fast shutdown: open transactions roll back, committed ones are kept). */
    void stop() throws IOException, InterruptedException {
        asServerUser(bin.resolve("pg_ctl") + " -D " + data() + " -m fast -w -t 60 stop");
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (Files.exists(data().resolve("postmaster.pid"))) {
            asServerUser(bin.resolve("pg_ctl") + " -D " + data() + " -m immediate -w -t 60 stop || true");
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private Path data() {
        return dir.resolve("data");
    }

    private void asServerUser(String command) throws IOException, InterruptedException {
        if (root()) {
            run("su", "postgres", "-s", "/bin/sh", "-c", command);
        } else {
            run("/bin/sh", "-c", command);
        }
    }

    private void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(command))
                .redirectErrorStream(true)
                .redirectOutput(
                        dir.resolve("commands.log").toFile().exists()
                                ? ProcessBuilder.Redirect.appendTo(
                                        dir.resolve("commands.log").toFile())
                                : ProcessBuilder.Redirect.to(
                                        dir.resolve("commands.log").toFile()))
                .start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed; see " + dir.resolve("commands.log") + ":\n"
                    + Files.readString(dir.resolve("commands.log")));
        }
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static Path binaries() {
        Path base = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(base)) {
            return null;
        }
        try (Stream<Path> versions = Files.list(base)) {
            List<Path> found = new ArrayList<>(versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                    .toList());
            found.sort(Comparator.comparingInt(
                    v -> Integer.parseInt(v.getFileName().toString().replaceAll("\\D", "0"))));
            return found.isEmpty() ? null : found.get(found.size() - 1).resolve("bin");
        } catch (IOException e) {
            return null;
        }
    }
}
