package dev.molt.differential;

import java.util.Map;
import java.util.TreeMap;

/** Counts per target for the summary line; a known failure is never counted as passed. */
final class Tally {
    enum Kind { PASSED, KNOWN, FAILED }

    private final Map<String, int[]> counts = new TreeMap<>();
    private final Map<String, String> lines = new TreeMap<>();

    synchronized void record(String name, String target, Kind kind, String summary) {
        counts.computeIfAbsent(target, t -> new int[Kind.values().length])[kind.ordinal()]++;
        lines.put(KnownFailures.key(name, target), kind + " " + summary.replace('\n', ' '));
    }

    synchronized String summary() {
        int[] total = new int[Kind.values().length];
        StringBuilder per = new StringBuilder();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            for (int i = 0; i < c.length; i++) {
                total[i] += c[i];
            }
            per.append(String.format("  %-7s %d passed, %d known failures, %d new failures, of %d%n",
                    e.getKey(), c[0], c[1], c[2], c[0] + c[1] + c[2]));
        }
        int n = total[0] + total[1] + total[2];
        return String.format("differential: %d passed, %d known failures, of %d%n", total[0], total[1], n) + per;
    }

    /** One line per program and target: {@code name target KIND summary}. */
    synchronized Map<String, String> lines() {
        return new TreeMap<>(lines);
    }
}
