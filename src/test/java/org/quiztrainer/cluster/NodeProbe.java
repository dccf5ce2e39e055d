package org.quiztrainer.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a node's JVM holds and spends, read from outside as an operator would: the heap in use after a
 * full GC ({@code jcmd GC.run}, {@code GC.heap_info}), the classes holding most of it
 * ({@code GC.class_histogram}), and the CPU time it used ({@code /proc/<pid>/stat}).
 */
final class NodeProbe {

    private static final Pattern USED = Pattern.compile("total (\\d+)K, used (\\d+)K");
    private static final Pattern HISTOGRAM_ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

    private NodeProbe() {}

    /** The heap in use after a full collection, in bytes. */
    static long heapAfterGc(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        Matcher m = USED.matcher(jcmd(pid, "GC.heap_info"));
        if (!m.find()) {
            throw new IOException("no heap figure from jcmd " + pid + " GC.heap_info");
        }
        return Long.parseLong(m.group(2)) * 1024;
    }

    /** Bytes by class after a full collection (the histogram collects first). */
    static Map<String, Long> histogram(long pid) throws IOException, InterruptedException {
        Map<String, Long> bytes = new LinkedHashMap<>();
        for (String line : jcmd(pid, "GC.class_histogram").lines().toList()) {
            Matcher m = HISTOGRAM_ROW.matcher(line);
            if (m.find()) {
                bytes.merge(m.group(3), Long.parseLong(m.group(2)), Long::sum);
            }
        }
        return bytes;
    }

    /** CPU seconds (user and system) the process has used. */
    static double cpuSeconds(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"), StandardCharsets.UTF_8);
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
    }

    /** The classes that grew most between two histograms, largest first. */
    static List<Map.Entry<String, Long>> growth(Map<String, Long> before, Map<String, Long> after, int top) {
        List<Map.Entry<String, Long>> grown = new ArrayList<>();
        after.forEach((k, v) -> grown.add(Map.entry(k, v - before.getOrDefault(k, 0L))));
        grown.sort((a, b) -> Long.compare(b.getValue(), a.getValue()));
        return grown.subList(0, Math.min(top, grown.size()));
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("jcmd", Long.toString(pid), command)
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("jcmd " + pid + " " + command + " failed: " + out);
        }
        return out;
    }
}
