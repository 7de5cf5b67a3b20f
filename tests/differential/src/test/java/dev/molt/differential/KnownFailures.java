package dev.molt.differential;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * known-failures.txt: {@code name target reason} per line ({@code #} comments). target is
 * {@code native}, {@code wasm}, or {@code compile} for the unsupported-construct programs.
 */
final class KnownFailures {
    private final Map<String, String> reasons = new TreeMap<>();

    static KnownFailures load(Path file) throws IOException {
        KnownFailures k = new KnownFailures();
        if (!Files.exists(file)) {
            return k;
        }
        int n = 0;
        for (String line : Files.readAllLines(file)) {
            n++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] parts = t.split("\\s+", 3);
            if (parts.length < 3) {
                throw new IllegalArgumentException(file + ":" + n + ": expected `name target reason`: " + line);
            }
            k.reasons.put(key(parts[0], parts[1]), parts[2]);
        }
        return k;
    }

    static String key(String name, String target) {
        return name + " " + target;
    }

    /** The recorded reason, or null if this program should pass on this target. */
    String reason(String name, String target) {
        return reasons.get(key(name, target));
    }

    Map<String, String> all() {
        return reasons;
    }
}
