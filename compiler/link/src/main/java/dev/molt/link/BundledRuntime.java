package dev.molt.link;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The runtime sources packaged under {@code molt-runtime/} in the molt-link jar. Run from a
 * class folder they are used in place; from a jar they are copied once into the cache, under a
 * hash of their contents, because clang needs real files.
 */
public final class BundledRuntime {
    static final String FOLDER = "molt-runtime";

    private BundledRuntime() {}

    public static RuntimeSources sources(Path cacheDir) throws ToolchainException {
        Path location;
        try {
            location = Path.of(BundledRuntime.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | SecurityException e) {
            throw new ToolchainException("cannot locate the molt-link classes: " + e.getMessage(), e);
        }
        if (Files.isDirectory(location)) {
            return RuntimeSources.fromDirectory(location.resolve(FOLDER));
        }
        return fromJar(location, cacheDir);
    }

    static RuntimeSources fromJar(Path jar, Path cacheDir) throws ToolchainException {
        try (FileSystem zip = FileSystems.newFileSystem(jar)) {
            Path root = zip.getPath("/" + FOLDER);
            if (!Files.isDirectory(root)) {
                throw new ToolchainException(jar + " has no bundled runtime sources");
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
            }
            ContentHash hash = new ContentHash();
            for (Path file : files) {
                hash.add(root.relativize(file).toString()).add(Files.readAllBytes(file));
            }
            Path parent = Files.createDirectories(cacheDir.resolve("runtime-sources"));
            Path target = parent.resolve(hash.hex().substring(0, 24));
            if (!Files.isDirectory(target)) {
                Path work = Files.createTempDirectory(parent, ".extract-");
                try {
                    for (Path file : files) {
                        Path out = work.resolve(root.relativize(file).toString());
                        Files.createDirectories(out.getParent());
                        Files.copy(file, out);
                    }
                    try {
                        Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
                    } catch (IOException raced) {
                        if (!Files.isDirectory(target)) {
                            throw raced;
                        }
                    }
                } finally {
                    RuntimeBuilder.deleteTree(work);
                }
            }
            return RuntimeSources.fromDirectory(target);
        } catch (IOException e) {
            throw new ToolchainException("cannot unpack the runtime sources from " + jar + ": " + e.getMessage(), e);
        }
    }
}
