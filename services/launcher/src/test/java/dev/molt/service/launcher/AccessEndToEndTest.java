package dev.molt.service.launcher;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Team access from the command line against the running stack (docs/decisions/0061):
 * {@code molt token create}, the development token of {@code ./molt up}, {@code molt submit}
 * without a token.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class AccessEndToEndTest {
    static EmbeddedStack stack;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        stack = TestStack.get();
    }

    String adminSecretIn(Path data) throws Exception {
        Files.createDirectories(data);
        String secret = stack.serviceProperties().get(AccessSetup.ADMIN_SECRET_PROPERTY);
        Files.writeString(data.resolve(AccessSetup.ADMIN_SECRET_FILE), secret + "\n");
        return secret;
    }

    @Test
    void tokenCreatePrintsATokenThatWorksOnlyForItsTeam() throws Exception {
        Path data = dir.resolve("data");
        adminSecretIn(data);
        SubmitEndToEndTest.Cli r = SubmitEndToEndTest.molt("token", "create", "--team", "ci", "--label", "ci job",
                "--server", stack.apiUrl(), "--data", data.toString());
        assertEquals(0, r.exit(), r.stderr());
        String token = r.stdout().strip();
        assertTrue(token.matches("molt_[A-Za-z0-9_-]{43}"), r.stdout());
        assertEquals(1, r.stdout().lines().count(), "the token alone on stdout");
        assertTrue(r.stderr().contains("team 'ci'") && r.stderr().contains("shown only this once"), r.stderr());
        assertTrue(AccessSetup.valid(stack.apiUrl(), token));
        assertFalse(AccessSetup.valid(stack.apiUrl(), token + "x"));

        Files.writeString(data.resolve(AccessSetup.ADMIN_SECRET_FILE), "not-the-admin-secret-at-all\n");
        SubmitEndToEndTest.Cli refused = SubmitEndToEndTest.molt("token", "create", "--team", "ci",
                "--server", stack.apiUrl(), "--data", data.toString());
        assertEquals(2, refused.exit());
        assertTrue(refused.stderr().startsWith("molt: the server refused (HTTP 401)"), refused.stderr());
        assertEquals("", refused.stdout());
    }

    @Test
    void tokenCreateWithoutTheAdminSecretSaysWhereItLooked() {
        SubmitEndToEndTest.Cli r = SubmitEndToEndTest.molt("token", "create", "--team", "ci",
                "--server", stack.apiUrl(), "--data", dir.resolve("none").toString());
        assertEquals(2, r.exit());
        assertTrue(r.stderr().startsWith("molt: no admin secret: set MOLT_ADMIN_SECRET"), r.stderr());
    }

    @Test
    void theDevelopmentTokenIsMadeOnceKeptPrivateAndRemadeWhenStale() throws Exception {
        Path data = dir.resolve("molt");
        String secret = adminSecretIn(data);
        AccessSetup.DevToken first = AccessSetup.devToken(data, stack.apiUrl(), secret);
        assertTrue(first.created());
        assertEquals(first.token() + "\n", Files.readString(first.file(), UTF_8));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(first.file())));

        AccessSetup.DevToken again = AccessSetup.devToken(data, stack.apiUrl(), secret);
        assertFalse(again.created(), "a second start keeps the token");
        assertEquals(first.token(), again.token());

        Files.writeString(first.file(), "molt_from-a-deleted-kafka-folder\n");
        AccessSetup.DevToken remade = AccessSetup.devToken(data, stack.apiUrl(), secret);
        assertTrue(remade.created());
        assertNotEquals(first.token(), remade.token());
        assertTrue(AccessSetup.valid(stack.apiUrl(), remade.token()));
    }

    @Test
    void submitWithoutATokenSaysHowToGetOne() throws Exception {
        Path file = dir.resolve("app.py");
        Files.writeString(file, "print(1)\n");
        SubmitEndToEndTest.Cli r = SubmitEndToEndTest.molt("submit", "--server", stack.apiUrl(), "--token",
                "molt_wrong", file.toString());
        assertEquals(2, r.exit(), r.stdout() + r.stderr());
        assertTrue(r.stderr().startsWith("molt: the server refused the API token (HTTP 401)"), r.stderr());
        assertTrue(r.stderr().contains("pass --token, set MOLT_TOKEN"), r.stderr());
    }
}
