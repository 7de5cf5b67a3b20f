package dev.molt.lowering;

import dev.molt.frontend.parser.ParseResult;
import dev.molt.frontend.parser.Parser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Locations of test data and the regeneration switch (-Dmolt.regen=true rewrites expectations). */
final class TestData {
    private TestData() {}

    static Path dir(String sub) {
        String base = System.getProperty("molt.lowering.testdata", "src/test/resources");
        return Path.of(base, sub);
    }

    static boolean regen() { return Boolean.getBoolean("molt.regen"); }

    static List<Path> files(String sub, String suffix) {
        try (Stream<Path> s = Files.list(dir(sub))) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path p, String text) {
        try {
            Files.writeString(p, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses and lowers a source; the file name in diagnostics and IR is just the base name. */
    static LowerResult lower(String source, String file) {
        ParseResult pr = Parser.parse(source.getBytes(StandardCharsets.UTF_8), file);
        if (!pr.ok()) throw new AssertionError("parse failed: " + pr.diagnostics());
        return Lowerer.lower(pr.module(), LowerOptions.main(file, pr.source().text()));
    }
}
