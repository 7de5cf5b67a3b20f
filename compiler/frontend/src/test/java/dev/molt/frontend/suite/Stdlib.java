package dev.molt.frontend.suite;

import dev.molt.frontend.testing.CPython;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The reference interpreter's Lib/ folder as a fixed, ordered corpus of real Python files. */
public final class Stdlib {
    private Stdlib() {}

    private static Path root;
    private static List<Path> files;

    public static synchronized Path root() {
        if (root == null) root = CPython.stdlib();
        return root;
    }

    /** Every .py file under Lib/ (test/ and site-packages included), in a stable order. */
    public static synchronized List<Path> files() {
        if (files != null) return files;
        try (Stream<Path> walk = Files.walk(root())) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".py") && Files.isRegularFile(p))
                    .sorted().toList();
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** About {@code n} files spread evenly over the corpus (same ones on every run). */
    public static List<Path> sample(int n) {
        List<Path> all = files();
        List<Path> out = new ArrayList<>();
        int step = Math.max(1, all.size() / n);
        for (int i = step / 2; i < all.size() && out.size() < n; i += step) out.add(all.get(i));
        return out;
    }

    public static String relative(Path p) {
        return root().relativize(p).toString().replace('\\', '/');
    }

    public static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
