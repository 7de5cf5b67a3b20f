package dev.molt.service.infra;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** Data folders of the embedded servers: a given folder that persists, or a temporary one. */
final class Folders {
    private Folders() {}

    /** {@code dir} created if needed, or a new temporary folder when it is null. */
    static Path dataDir(Path dir, String prefix) throws IOException {
        return dir == null ? Files.createTempDirectory(prefix) : Files.createDirectories(dir);
    }

    static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // a temporary folder left behind is harmless; never hide the real shutdown path
        }
    }
}
