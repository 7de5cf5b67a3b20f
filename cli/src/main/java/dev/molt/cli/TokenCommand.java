package dev.molt.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code molt token create --team NAME}: asks a running Molt server for a new API token of a team,
 * through its admin path, authenticated by the admin secret ({@code ./molt up} keeps it in
 * {@code .molt/admin-secret}; a cluster sets {@code MOLT_ACCESS_ADMIN_SECRET}). The token is
 * printed once, alone on stdout, so {@code export MOLT_TOKEN=$(./molt token create --team ci)} works.
 */
@Command(name = "token", description = "Manage API tokens of a Molt server.",
        subcommands = {TokenCommand.Create.class})
public final class TokenCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE_OR_IO;
    }

    @Command(name = "create", description = {"Issue a new API token for a team and print it (it is shown only once).",
            "Needs the server's admin secret: $MOLT_ADMIN_SECRET, else DIR/admin-secret (./molt up writes it)."})
    static final class Create implements Callable<Integer> {
        private static final ObjectMapper JSON = new ObjectMapper();

        @Option(names = "--team", required = true, paramLabel = "NAME",
                description = "The team the token belongs to (lowercase letters, digits, '.', '_', '-').")
        String team;

        @Option(names = "--label", paramLabel = "TEXT", defaultValue = "",
                description = "What the token is for, kept with its record (e.g. 'ci').")
        String label;

        @Option(names = "--server", paramLabel = "URL",
                description = "The Molt server. Default: $MOLT_SERVER, else http://127.0.0.1:8080.")
        String server;

        @Option(names = "--data", paramLabel = "DIR", defaultValue = ".molt",
                description = "The data folder of ./molt up, holding admin-secret. Default: .molt")
        Path data;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            String secret = adminSecret(err);
            if (secret == null) return ExitCode.USAGE_OR_IO;
            String address = server != null ? server
                    : System.getenv("MOLT_SERVER") != null ? System.getenv("MOLT_SERVER") : "http://127.0.0.1:8080";
            ObjectNode body = JSON.createObjectNode().put("team", team).put("label", label);
            HttpResponse<String> r;
            try {
                URI uri = URI.create(address.replaceAll("/+$", "") + "/api/v1/admin/tokens");
                r = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build().send(
                        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                                .header("Authorization", "Bearer " + secret)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (ConnectException e) {
                err.println("molt: cannot reach the Molt server at " + address
                        + " (is it running? start one with ./molt up, or pass --server URL)");
                return ExitCode.USAGE_OR_IO;
            } catch (IOException | IllegalArgumentException e) {
                err.println("molt: talking to the Molt server at " + address + " failed: " + e.getMessage());
                return ExitCode.USAGE_OR_IO;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return ExitCode.USAGE_OR_IO;
            }
            JsonNode answer;
            try {
                answer = JSON.readTree(r.body());
            } catch (IOException e) {
                answer = JSON.createObjectNode();
            }
            if (r.statusCode() != 201 || !answer.hasNonNull("token")) {
                err.println("molt: the server refused (HTTP " + r.statusCode() + "): "
                        + answer.path("reason").asText(r.body()));
                return ExitCode.USAGE_OR_IO;
            }
            spec.commandLine().getOut().println(answer.path("token").asText());
            err.println("molt: a token of team '" + answer.path("team").asText()
                    + "' (shown only this once; send it as 'Authorization: Bearer <token>', or set MOLT_TOKEN)");
            return ExitCode.OK;
        }

        private String adminSecret(PrintWriter err) {
            String env = System.getenv("MOLT_ADMIN_SECRET");
            if (env != null && !env.isBlank()) return env.strip();
            Path file = data.resolve("admin-secret");
            try {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                err.println("molt: no admin secret: set MOLT_ADMIN_SECRET, or run where ./molt up keeps "
                        + file + " (pass --data DIR)");
                return null;
            }
        }
    }
}
