package dev.molt.driver.stage;

import dev.molt.link.BundledRuntime;
import dev.molt.link.Toolchain;
import dev.molt.link.ToolchainException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The compiler's identity in the pipeline's cache keys (docs/decisions/0050): the project version
 * plus a hash of the bundled runtime's sources, so a changed compiler or runtime never reuses an
 * artifact an older one stored. Example: {@code 0.1.0-SNAPSHOT+rt.3f9a61c0d2e4b5a7}.
 */
public final class CompilerVersion {
    private static String current;

    private CompilerVersion() {}

    public static synchronized String current() throws ToolchainException {
        if (current == null) {
            String runtime = BundledRuntime.sources(Toolchain.defaultCacheDir()).contentHash();
            current = projectVersion() + "+rt." + runtime.substring(0, 16);
        }
        return current;
    }

    /** The Maven project version molt-driver was built as. */
    public static String projectVersion() {
        Properties p = new Properties();
        try (InputStream in = CompilerVersion.class.getResourceAsStream("molt-version.properties")) {
            if (in == null) {
                throw new IllegalStateException("molt-version.properties is missing from the molt-driver jar");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }
}
