package dev.molt.bench;

import java.util.Arrays;

/**
 * One run of a program: what it printed and how long it took.
 *
 * @param wallSeconds elapsed time
 * @param cpuSeconds  user + system time of the run alone (for an in-process WASM run: this JVM's,
 *                    JIT and GC threads included), which a busy machine disturbs much less
 */
record RunSample(int exitCode, byte[] stdout, double wallSeconds, double cpuSeconds) {
    /** Same observable result as {@code other}: exit code and stdout bytes. */
    boolean sameOutput(RunSample other) {
        return exitCode == other.exitCode && Arrays.equals(stdout, other.stdout);
    }
}
