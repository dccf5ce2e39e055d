package org.quiztrainer.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code scripts/cluster} driven from a test: two nodes of the production jar and HAProxy on free ports,
 * their pid files and logs under one folder, and signals to a node (SIGSTOP, SIGKILL) for fault tests.
 */
final class LocalCluster {

    final Path dir;
    int port;
    int[] nodePorts;
    private final Map<String, String> env = new HashMap<>();

    LocalCluster(Path dir, String pgHost, int pgPort, String db, Path bank, String appArgs) throws IOException {
        this.dir = dir.toAbsolutePath();
        this.port = freePort();
        this.nodePorts = new int[] {0, freePort(), freePort()};
        env.put("QT_CLUSTER_DIR", this.dir.toString());
        env.put("QT_PORT", Integer.toString(port));
        env.put("QT_NODE1_PORT", Integer.toString(nodePorts[1]));
        env.put("QT_NODE2_PORT", Integer.toString(nodePorts[2]));
        env.put("QT_STATS_PORT", Integer.toString(freePort()));
        env.put("QT_PG_HOST", pgHost);
        env.put("QT_PG_PORT", Integer.toString(pgPort));
        env.put("QT_DB", db);
        env.put("QT_FRESH_DB", "1");
        env.put("QT_BANK", bank.toAbsolutePath().toString());
        env.put("QT_APP_ARGS", appArgs);
        String jar = System.getProperty("cluster.jar", "");
        if (!jar.isBlank()) {
            env.put("QT_JAR", Path.of(jar).toAbsolutePath().toString());
        }
    }

    /** Uses HAProxy on {@code base}, the nodes on {@code base + 1} and {@code + 2}, statistics on {@code + 3}. */
    LocalCluster atPorts(int base) {
        port = base;
        nodePorts = new int[] {0, base + 1, base + 2};
        env.put("QT_PORT", Integer.toString(base));
        env.put("QT_NODE1_PORT", Integer.toString(base + 1));
        env.put("QT_NODE2_PORT", Integer.toString(base + 2));
        env.put("QT_STATS_PORT", Integer.toString(base + 3));
        return this;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://" + env.get("QT_PG_HOST") + ":" + env.get("QT_PG_PORT") + "/" + env.get("QT_DB");
    }

    void up() throws IOException, InterruptedException {
        script("up");
    }

    /**
     * Starts {@code scripts/cluster up} and returns once its database exists (the nodes are still starting),
     * so that the caller can work on the database meanwhile; {@link Starting#awaitUp()} waits for the rest.
     */
    Starting upInBackground() throws IOException, InterruptedException {
        Process p = start("up");
        Path out = dir.resolve("script.log");
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (!Files.readString(out).contains("starting on port")) {
            if (!p.isAlive() || System.nanoTime() > end) {
                finish(p, "up");
            }
            Thread.sleep(200);
        }
        return () -> finish(p, "up");
    }

    /** A {@code scripts/cluster up} under way. */
    interface Starting {
        /** Waits until the nodes and HAProxy serve. */
        void awaitUp() throws IOException, InterruptedException;
    }

    void down() throws IOException, InterruptedException {
        script("down");
    }

    /** Stops nodes and HAProxy that an earlier run cut short left behind in {@code dir} (its pid files). */
    static void downLeftovers(Path dir) throws IOException, InterruptedException {
        if (Files.isDirectory(dir)) {
            ProcessBuilder pb = new ProcessBuilder(List.of("bash", "scripts/cluster", "down"))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            pb.environment().put("QT_CLUSTER_DIR", dir.toAbsolutePath().toString());
            pb.start().waitFor(2, TimeUnit.MINUTES);
        }
    }

    /** The process id of node {@code n}. */
    long pid(int n) throws IOException {
        return Long.parseLong(Files.readString(dir.resolve("node" + n + ".pid")).strip());
    }

    /** Sets another {@code scripts/cluster} setting (say {@code QT_JAVA_OPTS}) before {@link #up()}. */
    LocalCluster with(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** Sends a signal ({@code STOP}, {@code CONT}, {@code KILL}) to node {@code n}. */
    void signal(int n, String signal) throws IOException, InterruptedException {
        String pid = Files.readString(dir.resolve("node" + n + ".pid")).strip();
        Process p = new ProcessBuilder("kill", "-" + signal, pid).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IOException("kill -" + signal + " " + pid + " failed");
        }
    }

    /** Node {@code n}'s log so far. */
    String log(int n) throws IOException {
        return Files.readString(dir.resolve("node" + n + ".log"), StandardCharsets.UTF_8);
    }

    private void script(String command) throws IOException, InterruptedException {
        finish(start(command), command);
    }

    private Process start(String command) throws IOException {
        Files.createDirectories(dir);
        Path out = dir.resolve("script.log");
        Files.writeString(out, "", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        ProcessBuilder pb = new ProcessBuilder(List.of("bash", "scripts/cluster", command))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(out.toFile()));
        pb.environment().putAll(env);
        return pb.start();
    }

    private void finish(Process p, String command) throws IOException, InterruptedException {
        if (!p.waitFor(15, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException(
                    "scripts/cluster " + command + " failed:\n" + Files.readString(dir.resolve("script.log")));
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
