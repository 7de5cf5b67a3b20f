package dev.molt.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes sample sources into a folder and names them the way a user would type them. */
final class Samples {
    private final Path dir;
    private final List<String> names = new ArrayList<>();

    Samples(Path dir) {
        this.dir = dir;
    }

    /** Adds a UTF-8 source; returns its absolute name (python3.12 prints a script's name made absolute). */
    String add(String fileName, String source) {
        return addBytes(fileName, source.getBytes(StandardCharsets.UTF_8));
    }

    String addBytes(String fileName, byte[] source) {
        try {
            Path p = dir.resolve(fileName);
            Files.write(p, source);
            String name = p.toAbsolutePath().toString();
            names.add(name);
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same file named relative to the working folder, as a user would often type it. */
    static String relative(String absoluteName) {
        return Path.of("").toAbsolutePath().relativize(Path.of(absoluteName)).toString();
    }

    List<String> names() {
        return List.copyOf(names);
    }
}
