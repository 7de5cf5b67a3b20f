package dev.molt.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The measured rounds of one parser over the whole corpus. */
record Timing(List<Double> seconds) {
    Timing {
        if (seconds.isEmpty()) throw new IllegalArgumentException("no measured rounds");
        seconds = List.copyOf(seconds);
    }

    double best() {
        return Collections.min(seconds);
    }

    double median() {
        List<Double> sorted = new ArrayList<>(seconds);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Throughput of the best round, in 10^6 bytes per second. */
    double megabytesPerSecond(long bytes) {
        return bytes / 1e6 / best();
    }
}
