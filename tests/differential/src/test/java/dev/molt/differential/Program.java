package dev.molt.differential;

import dev.molt.driver.SourceSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One test program with its optional siblings: NAME.args (one argument per line) and NAME.stdin.
 * A program of several modules is a folder NAME/ with main.py (the entry; siblings main.args and
 * main.stdin) and the modules it imports (decision 0039).
 *
 * @param folder the program's folder for a program of several modules, else null
 */
record Program(String name, Path file, Path folder, List<String> args, byte[] stdin) {
    /** The entry module's file name, relative to the folder CPython runs in. */
    String fileName() {
        return folder != null ? ENTRY : name + ".py";
    }

    byte[] source() {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What Molt builds from: the entry alone, or every file of the folder by relative path. */
    SourceSet sources() {
        if (folder == null) {
            return SourceSet.single(fileName(), source());
        }
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.filter(Files::isRegularFile).collect(Collectors.toList())) {
                files.put(folder.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SourceSet.of(files);
    }

    private static final String ENTRY = "main.py";

    static List<Program> all(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".py") || Files.isRegularFile(p.resolve(ENTRY)))
                    .sorted()
                    .map(Program::load)
                    .collect(Collectors.toList());
        }
    }

    private static Program load(Path path) {
        boolean isFolder = Files.isDirectory(path);
        Path file = isFolder ? path.resolve(ENTRY) : path;
        String fileName = path.getFileName().toString();
        String name = isFolder ? fileName : fileName.substring(0, fileName.length() - 3);
        String stem = isFolder ? "main" : name;
        try {
            Path argsFile = file.resolveSibling(stem + ".args");
            Path stdinFile = file.resolveSibling(stem + ".stdin");
            List<String> args = Files.exists(argsFile)
                    ? Arrays.stream(Files.readString(argsFile).split("\n")).filter(s -> !s.isEmpty()).collect(Collectors.toList())
                    : List.of();
            byte[] stdin = Files.exists(stdinFile) ? Files.readAllBytes(stdinFile) : new byte[0];
            return new Program(name, file, isFolder ? path : null, args, stdin);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
