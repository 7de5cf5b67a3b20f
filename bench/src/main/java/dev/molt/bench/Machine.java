package dev.molt.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What the numbers were measured on: CPU model, cores, and how busy the machine was. */
final class Machine {
    private Machine() {}

    static String describe() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse(cpu);
        } catch (IOException e) {
            // not Linux: keep the placeholder
        }
        return String.format(Locale.ROOT, "%s, %d cores, load average %s at start", cpu,
                Runtime.getRuntime().availableProcessors(), loadAverage());
    }

    /** The 1-minute load average; above the core count, wall times stretch and CPU times stay. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }
}
