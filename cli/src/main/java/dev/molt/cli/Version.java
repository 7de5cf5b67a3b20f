package dev.molt.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version Maven stamped into {@code molt.properties} at build time, so it never drifts from the pom. */
public final class Version implements IVersionProvider {
    public static String molt() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/molt.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            // an unreadable resource only costs the version string
        }
        return p.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "molt " + molt(),
            "language: Python 3.12 (reference interpreter: CPython 3.12)",
            "runtime: Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")",
        };
    }
}
