package dev.molt.link;

import dev.molt.codegen.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** The link stage's output: an x86_64 ELF executable or a WASI command module. */
public final class Executable {
    private final Target target;
    private final byte[] bytes;

    Executable(Target target, byte[] bytes) {
        this.target = target;
        this.bytes = bytes;
    }

    public Target target() {
        return target;
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    public String sha256() {
        return ContentHash.of(bytes);
    }

    /** Writes the file, executable by everyone for native binaries. */
    public Path writeTo(Path file) throws IOException {
        Files.write(file, bytes);
        if (target == Target.NATIVE) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return file;
    }
}
