package dev.molt.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a file named on the command line, turning every failure into one plain sentence. */
final class InputFile {
    private InputFile() {}

    /** A file that could not be read; the message names it as the user typed it. */
    static final class UnreadableException extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadableException(String name, String why) {
            super("cannot read '" + name + "': " + why);
        }
    }

    static byte[] read(String name) throws UnreadableException {
        Path path;
        try {
            path = Path.of(name);
        } catch (InvalidPathException e) {
            throw new UnreadableException(name, "invalid file name");
        }
        if (Files.isDirectory(path)) throw new UnreadableException(name, "is a directory");
        try {
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new UnreadableException(name, "no such file");
        } catch (AccessDeniedException e) {
            throw new UnreadableException(name, "permission denied");
        } catch (IOException | OutOfMemoryError e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new UnreadableException(name, why);
        }
    }

    /** Reads the file, or prints why it cannot ("molt: cannot read 'x': ...") and returns null. */
    static byte[] readOrReport(String name, PrintWriter err) {
        try {
            return read(name);
        } catch (UnreadableException e) {
            err.println("molt: " + e.getMessage());
            return null;
        }
    }
}
