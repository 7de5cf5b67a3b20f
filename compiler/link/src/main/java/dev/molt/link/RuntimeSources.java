package dev.molt.link;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The C sources of a runtime library: every {@code src/*.c} under a root, compiled with
 * {@code include/} on the include path. Paths are relative to the root, '/'-separated and sorted,
 * so the build's inputs, its cache key and its archive member order never depend on where the
 * folder is or how the file system lists it.
 */
public record RuntimeSources(Path root, List<String> sources, List<String> headers) {
    public RuntimeSources {
        root = root.toAbsolutePath().normalize();
        sources = List.copyOf(sources);
        headers = List.copyOf(headers);
    }

    /** Scans {@code root/src/*.c} and every file under {@code root/include}. */
    public static RuntimeSources fromDirectory(Path root) throws ToolchainException {
        Path absolute = root.toAbsolutePath().normalize();
        try {
            List<String> sources = list(absolute, absolute.resolve("src"), false).stream()
                    .filter(p -> p.endsWith(".c"))
                    .collect(Collectors.toList());
            List<String> headers = Files.isDirectory(absolute.resolve("include"))
                    ? list(absolute, absolute.resolve("include"), true)
                    : List.of();
            if (sources.isEmpty()) {
                throw new ToolchainException("no C sources in " + absolute.resolve("src"));
            }
            return new RuntimeSources(absolute, sources, headers);
        } catch (IOException e) {
            throw new ToolchainException("cannot read runtime sources in " + absolute + ": " + e.getMessage(), e);
        }
    }

    /**
     * SHA-256 of every file's relative path and bytes: the runtime's identity, part of the
     * compiler version that keys the pipeline's cached artifacts.
     */
    public String contentHash() throws ToolchainException {
        ContentHash hash = new ContentHash();
        List<String> files = Stream.concat(sources.stream(), headers.stream()).sorted().collect(Collectors.toList());
        try {
            for (String file : files) {
                hash.add(file).add(Files.readAllBytes(root.resolve(file)));
            }
        } catch (IOException e) {
            throw new ToolchainException("cannot read runtime sources in " + root + ": " + e.getMessage(), e);
        }
        return hash.hex();
    }

    private static List<String> list(Path root, Path dir, boolean recursive) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = recursive ? Files.walk(dir) : Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }
}
