package dev.molt.service.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The access set-up of the embedded stack (docs/decisions/0061): the admin secret that lets this
 * machine issue tokens ({@code .molt/admin-secret}), and the development token {@code ./molt up}
 * makes on first start ({@code .molt/dev-token}). Both files are readable by their owner only.
 */
final class AccessSetup {
    static final String ADMIN_SECRET_PROPERTY = "molt.access.admin-secret";
    static final String ADMIN_SECRET_FILE = "admin-secret";
    static final String DEV_TOKEN_FILE = "dev-token";
    static final String DEV_TEAM = "dev";
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    private AccessSetup() {}

    /** 256 random bits, URL-safe. */
    static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The data folder's admin secret, made on first use. */
    static String adminSecret(Path dataDir) throws IOException {
        Path file = dataDir.resolve(ADMIN_SECRET_FILE);
        if (!Files.exists(file)) {
            writePrivate(file, randomSecret() + "\n");
        }
        return Files.readString(file, StandardCharsets.UTF_8).strip();
    }

    /** A token on the running stack's api-svc, through its admin path. */
    static String issue(String apiUrl, String adminSecret, String team, String label) throws LaunchException {
        String body = "{\"team\":\"" + team + "\",\"label\":\"" + label + "\"}";
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(apiUrl + "/api/v1/admin/tokens"))
                .header("Authorization", "Bearer " + adminSecret).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        Matcher m = TOKEN.matcher(r.body());
        if (r.statusCode() != 201 || !m.find()) {
            throw new LaunchException("api-svc did not issue a token (HTTP " + r.statusCode() + "): " + r.body());
        }
        return m.group(1);
    }

    /** Whether api-svc accepts {@code token} (it may predate a wiped Kafka folder). */
    static boolean valid(String apiUrl, String token) throws LaunchException {
        return send(HttpRequest.newBuilder(URI.create(apiUrl + "/api/v1/builds?limit=1"))
                .header("Authorization", "Bearer " + token).GET()).statusCode() == 200;
    }

    /**
     * The development token in {@code dataDir/dev-token}: the one there if api-svc still knows it,
     * else a new one for team "dev", written there.
     *
     * @return the token, and whether it was made now
     */
    static DevToken devToken(Path dataDir, String apiUrl, String adminSecret) throws LaunchException, IOException {
        Path file = dataDir.resolve(DEV_TOKEN_FILE);
        if (Files.exists(file)) {
            String known = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (!known.isEmpty() && valid(apiUrl, known)) {
                return new DevToken(known, file, false);
            }
            Files.delete(file);
        }
        String token = issue(apiUrl, adminSecret, DEV_TEAM, "molt up development token");
        writePrivate(file, token + "\n");
        return new DevToken(token, file, true);
    }

    record DevToken(String token, Path file, boolean created) {}

    private static void writePrivate(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException e) {
            // written by an earlier start that stopped before its content: overwrite below
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);  // not a POSIX file system
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws LaunchException {
        try {
            return HttpClient.newHttpClient().send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new LaunchException("cannot reach api-svc to set up access: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("interrupted while setting up access", e);
        }
    }
}
