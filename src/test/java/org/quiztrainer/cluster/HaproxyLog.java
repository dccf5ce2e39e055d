package org.quiztrainer.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The requests HAProxy logged (deploy/haproxy.cfg's log-format): when, which node, the status, and the time
 * the node took to answer ({@code Tr}, ms), so that a benchmark reads the server's time of every click.
 */
final class HaproxyLog {

    /** One request. {@code serverMs} is -1 when the node never answered. */
    record Request(Instant at, String server, int status, long serverMs, long totalMs, String method, String uri) {

        boolean vaadinEvent() {
            return method.equals("POST") && uri.contains("v-r=uidl");
        }
    }

    private static final Pattern LINE =
            Pattern.compile("\\[(\\S+)] (\\S+) (-?\\d+) Tr=(-?\\d+) Ta=(-?\\d+) (\\S+) (\\S+)");
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss.SSS", Locale.ENGLISH);

    private HaproxyLog() {}

    static List<Request> read(Path log, Instant from, Instant to) throws IOException {
        return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .map(LINE::matcher)
                .filter(Matcher::find)
                .map(m -> new Request(
                        LocalDateTime.parse(m.group(1), WHEN)
                                .atZone(ZoneId.systemDefault())
                                .toInstant(),
                        m.group(2),
                        Integer.parseInt(m.group(3)),
                        Long.parseLong(m.group(4)),
                        Long.parseLong(m.group(5)),
                        m.group(6),
                        m.group(7)))
                .filter(r -> !r.at().isBefore(from) && !r.at().isAfter(to))
                .toList();
    }
}
