package org.healthscore.ui.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time per thread of this JVM, JIT compiler and GC threads included (which {@code ThreadMXBean} does not
 * see), read from Linux's {@code /proc/self/task}: it shows who held the two cores during a drag. Elsewhere it
 * reads nothing and the report says so.
 */
final class ThreadCpu {
    private ThreadCpu() {
    }

    /** CPU milliseconds (user + system) by thread name, numbered threads of one kind added up ("GC Thread#"). */
    static Map<String, Double> byName() {
        Map<String, Double> out = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.forEach(task -> {
                try {
                    String name = Files.readString(task.resolve("comm")).trim().replaceAll("[0-9]+$", "#");
                    String stat = Files.readString(task.resolve("stat"));
                    // fields after the parenthesised name: utime and stime are the 12th and 13th, in 10 ms ticks
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    out.merge(name, (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10.0, Double::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended while being read
                }
            });
        } catch (IOException e) {
            return Map.of(); // not Linux
        }
        return out;
    }

    /** The {@code n} threads that used the most CPU between two readings, as "name=ms" pairs. */
    static String busiest(Map<String, Double> before, Map<String, Double> after, int n) {
        if (after.isEmpty()) {
            return "not available on this system";
        }
        StringBuilder b = new StringBuilder();
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0.0)))
                .filter(e -> e.getValue() > 0)
                .sorted((x, y) -> Double.compare(y.getValue(), x.getValue()))
                .limit(n)
                .forEach(e -> b.append(String.format(Locale.ROOT, "%s%s %.0f", b.length() == 0 ? "" : ", ",
                        e.getKey(), e.getValue())));
        return b.toString();
    }
}
