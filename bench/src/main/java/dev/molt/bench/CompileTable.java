package dev.molt.bench;

import dev.molt.bench.CompileResults.Program;
import dev.molt.bench.CompileResults.Run;
import dev.molt.bench.CompileResults.Time;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The compile benchmark's printed report: ratios against CPython, then changes against the previous run. */
final class CompileTable {
    private CompileTable() {}

    static String render(Run run, Run previous) {
        StringBuilder s = new StringBuilder();
        s.append("\nrun time, CPU seconds (user+sys, median); xCPy = Molt / CPython, lower is better\n");
        row(s, "program", "CPython", "native", "xCPy", "wasm", "xCPy", "wasm 1st", "build nat", "build wasm",
                "native B", "stripped B", "wasm B");
        List<Double> nativeRatios = new ArrayList<>();
        List<Double> wasmRatios = new ArrayList<>();
        for (Program p : run.programs()) {
            Double nr = ratio(p.nativeRun(), p.cpython(), Time::cpuS);
            Double wr = ratio(p.wasmRun(), p.cpython(), Time::cpuS);
            if (nr != null) nativeRatios.add(nr);
            if (wr != null) wasmRatios.add(wr);
            row(s, p.name(), secs(p.cpython(), Time::cpuS), secs(p.nativeRun(), Time::cpuS), times(nr),
                    secs(p.wasmRun(), Time::cpuS), times(wr), secs(p.wasmFirstRun(), Time::cpuS), secs(p.buildNativeS()),
                    secs(p.buildWasmS()), bytes(p.nativeBytes()), bytes(p.nativeStrippedBytes()), bytes(p.wasmBytes()));
        }
        row(s, "geomean", "", "", times(geomean(nativeRatios)), "", times(geomean(wasmRatios)), "", "", "", "", "", "");

        s.append("\nrun time, wall seconds (median)\n");
        row(s, "program", "CPython", "native", "xCPy", "wasm", "xCPy", "wasm 1st");
        for (Program p : run.programs()) {
            row(s, p.name(), secs(p.cpython(), Time::wallS), secs(p.nativeRun(), Time::wallS),
                    times(ratio(p.nativeRun(), p.cpython(), Time::wallS)), secs(p.wasmRun(), Time::wallS),
                    times(ratio(p.wasmRun(), p.cpython(), Time::wallS)), secs(p.wasmFirstRun(), Time::wallS));
        }

        for (Program p : run.programs()) {
            if (p.problem() != null) s.append("problem: ").append(p.name()).append(": ").append(p.problem()).append('\n');
        }
        if (previous == null) {
            s.append("\nvs previous result: none recorded yet\n");
            return s.toString();
        }
        s.append("\nvs previous result (").append(previous.date()).append("): now / then, CPU time and bytes\n");
        row(s, "program", "CPython", "native", "wasm", "wasm 1st", "build nat", "build wasm", "native B", "wasm B");
        for (Program p : run.programs()) {
            Program q = previous.program(p.name()).orElse(null);
            if (q == null) {
                row(s, p.name(), "new");
                continue;
            }
            row(s, p.name(), times(ratio(p.cpython(), q.cpython(), Time::cpuS)),
                    times(ratio(p.nativeRun(), q.nativeRun(), Time::cpuS)), times(ratio(p.wasmRun(), q.wasmRun(), Time::cpuS)),
                    times(ratio(p.wasmFirstRun(), q.wasmFirstRun(), Time::cpuS)), times(ratio(p.buildNativeS(), q.buildNativeS())),
                    times(ratio(p.buildWasmS(), q.buildWasmS())), times(ratio(size(p.nativeBytes()), size(q.nativeBytes()))),
                    times(ratio(size(p.wasmBytes()), size(q.wasmBytes()))));
        }
        return s.toString();
    }

    private static void row(StringBuilder s, String name, String... cells) {
        s.append(String.format(Locale.ROOT, "%-12s", name));
        for (String c : cells) s.append(String.format(Locale.ROOT, " %10s", c));
        s.append('\n');
    }

    private static Double ratio(Time a, Time b, Function<Time, Double> f) {
        return a == null || b == null ? null : ratio(f.apply(a), f.apply(b));
    }

    private static Double ratio(Double a, Double b) {
        return a == null || b == null || b == 0 ? null : a / b;
    }

    private static Double size(Long bytes) {
        return bytes == null ? null : bytes.doubleValue();
    }

    private static Double geomean(List<Double> ratios) {
        if (ratios.isEmpty()) return null;
        return Math.exp(ratios.stream().mapToDouble(Math::log).sum() / ratios.size());
    }

    private static String secs(Time t, Function<Time, Double> f) {
        return t == null ? "-" : secs(f.apply(t));
    }

    private static String secs(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String times(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.2fx", v);
    }

    private static String bytes(Long v) {
        return v == null ? "-" : Long.toString(v);
    }
}
