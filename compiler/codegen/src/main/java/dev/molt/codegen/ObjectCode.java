package dev.molt.codegen;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A relocatable object file (ELF for NATIVE, wasm object for WASM), the codegen stage's output artifact. */
public final class ObjectCode {
    private final Target target;
    private final byte[] bytes;

    public ObjectCode(Target target, byte[] bytes) {
        this.target = target;
        this.bytes = bytes.clone();
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

    /** Content address of the object (lower-case hex). */
    public String sha256() {
        return sha256Hex(bytes);
    }

    static String sha256Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
