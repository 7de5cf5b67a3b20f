package dev.molt.driver;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The files a program may be built from, by path with {@code /} separators (decision 0039). The
 * driver reads the entry module and then only the files its imports lead to; the paths it reads are
 * the file names shown in diagnostics and tracebacks.
 */
public interface SourceSet {
    /** The file's bytes, or null when the set has no such file. */
    byte[] read(String path) throws IOException;

    /** Files given by path (e.g. a service's upload); the map is copied. */
    static SourceSet of(Map<String, byte[]> files) {
        Map<String, byte[]> copy = new TreeMap<>();
        files.forEach((path, bytes) -> copy.put(path, bytes.clone()));
        return path -> {
            byte[] b = copy.get(path);
            return b == null ? null : b.clone();
        };
    }

    /** One file alone: imports can reach only the runtime's built-in modules. */
    static SourceSet single(String path, byte[] source) {
        return of(Map.of(path, source));
    }

    /**
     * The regular files of a zip archive (a directory prefix stays part of each path, e.g.
     * {@code app/main.py}). An entry named twice keeps its last copy, as unzip does.
     */
    static SourceSet zip(byte[] archive) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.isDirectory()) files.put(e.getName(), in.readAllBytes());
            }
        }
        if (files.isEmpty()) throw new IOException("the archive holds no files");
        return of(files);
    }

    /**
     * The file system as the command line sees it: paths relative to the working directory or
     * absolute, as the user typed the entry module's. Only the files asked for are read.
     */
    static SourceSet fileSystem() {
        return path -> {
            Path p;
            try {
                p = Path.of(path);
            } catch (InvalidPathException e) {
                return null;
            }
            if (!Files.isRegularFile(p)) return null;
            try {
                return Files.readAllBytes(p);
            } catch (NoSuchFileException e) {
                return null;
            }
        };
    }
}
