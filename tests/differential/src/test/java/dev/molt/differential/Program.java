package dev.molt.differential;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One test program with its optional siblings: NAME.args (one argument per line) and NAME.stdin.
 */
record Program(String name, Path file, List<String> args, byte[] stdin) {
    String fileName() {
        return name + ".py";
    }

    byte[] source() {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Program> all(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".py"))
                    .sorted()
                    .map(Program::load)
                    .collect(Collectors.toList());
        }
    }

    private static Program load(Path file) {
        String fileName = file.getFileName().toString();
        String name = fileName.substring(0, fileName.length() - 3);
        try {
            Path argsFile = file.resolveSibling(name + ".args");
            Path stdinFile = file.resolveSibling(name + ".stdin");
            List<String> args = Files.exists(argsFile)
                    ? Arrays.stream(Files.readString(argsFile).split("\n")).filter(s -> !s.isEmpty()).collect(Collectors.toList())
                    : List.of();
            byte[] stdin = Files.exists(stdinFile) ? Files.readAllBytes(stdinFile) : new byte[0];
            return new Program(name, file, args, stdin);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
