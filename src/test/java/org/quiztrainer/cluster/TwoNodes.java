package org.quiztrainer.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.quiztrainer.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two (or more) application contexts of the whole app, each with a web server on a free port, on one fresh database: an
 * in-memory H2 database, or a schema of its own in the PostgreSQL database {@code TEST_DB_URL} names
 * (dropped by {@link #dropSchema}). Each context is a node, named by {@code app.cluster.node-name}.
 */
final class TwoNodes {

    final String url;
    final String schema;

    TwoNodes() {
        String pg = System.getenv("TEST_DB_URL");
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        if (pg == null) {
            schema = null;
            url = "jdbc:h2:mem:nodes-" + id + ";DB_CLOSE_DELAY=-1";
        } else {
            schema = "nodes_" + id;
            url = pg + (pg.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        }
    }

    /**
     * Starts a node in the background and returns once its logging is set up (two Spring Boot apps that set
     * up logging at the same instant in one JVM trip over each other), so that two nodes can start together.
     */
    CompletableFuture<ConfigurableApplicationContext> startInBackground(String name, String bankPath, String... more)
            throws InterruptedException {
        CountDownLatch prepared = new CountDownLatch(1);
        CompletableFuture<ConfigurableApplicationContext> node = CompletableFuture.supplyAsync(() -> start(
                name,
                bankPath,
                b -> b.listeners(e -> {
                    if (e instanceof ApplicationPreparedEvent) {
                        prepared.countDown();
                    }
                }),
                more));
        prepared.await(60, TimeUnit.SECONDS);
        return node;
    }

    /** Starts a node on the shared database; {@code more} are further {@code --name=value} settings. */
    ConfigurableApplicationContext start(String name, String bankPath, String... more) {
        return start(name, bankPath, b -> {}, more);
    }

    private ConfigurableApplicationContext start(
            String name, String bankPath, Consumer<SpringApplicationBuilder> customise, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=" + url,
                "--app.bank.path=" + bankPath,
                "--app.cluster.node-name=" + name,
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--logging.level.root=warn",
                "--logging.level.org.quiztrainer=info"));
        if (System.getenv("TEST_DB_URL") == null) {
            args.add("--spring.datasource.username=sa");
            args.add("--spring.datasource.password=");
        } else {
            args.add("--spring.datasource.username=" + System.getenv("TEST_DB_USER"));
            args.add("--spring.datasource.password=" + System.getenv("TEST_DB_PASSWORD"));
            args.add("--spring.flyway.default-schema=" + schema);
            args.add("--spring.flyway.schemas=" + schema);
        }
        args.addAll(List.of(more));
        SpringApplicationBuilder builder = new SpringApplicationBuilder(Application.class);
        customise.accept(builder);
        return builder.run(args.toArray(String[]::new));
    }

    /** On PostgreSQL, drops the schema the nodes used (through a node still open). */
    void dropSchema(ConfigurableApplicationContext any) {
        if (schema != null) {
            any.getBean(JdbcTemplate.class).execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }
}
