package dev.molt.bench.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Latencies of one kind of build, in milliseconds, and their nearest-rank percentiles. */
record Percentiles(List<Double> millis) {
    Percentiles {
        if (millis.isEmpty()) throw new IllegalArgumentException("no samples");
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        millis = List.copyOf(sorted);
    }

    /** The smallest sample with at least p% of the samples at or below it. */
    double at(double p) {
        int rank = (int) Math.ceil(p / 100.0 * millis.size());
        return millis.get(Math.max(0, rank - 1));
    }

    double p50() {
        return at(50);
    }

    double p95() {
        return at(95);
    }
}
