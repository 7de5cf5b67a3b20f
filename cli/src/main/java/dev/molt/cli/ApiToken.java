package dev.molt.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the commands that talk to a Molt server find the team's API token: the option, else
 * {@code $MOLT_TOKEN}, else {@code .molt/dev-token} (what {@code ./molt up} writes on first start).
 */
final class ApiToken {
    static final String ENV = "MOLT_TOKEN";
    static final Path DEV_TOKEN = Path.of(".molt", "dev-token");

    private ApiToken() {}

    /** The token to send, or null when there is none (the server then answers 401). */
    static String find(String option) {
        if (option != null && !option.isBlank()) return option.strip();
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) return env.strip();
        try {
            return Files.isReadable(DEV_TOKEN) ? Files.readString(DEV_TOKEN, StandardCharsets.UTF_8).strip() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
