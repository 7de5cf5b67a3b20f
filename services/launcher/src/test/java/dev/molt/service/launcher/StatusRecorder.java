package dev.molt.service.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A stand-in for GitHub's statuses API on 127.0.0.1: records every
 * {@code POST /repos/{owner}/{repo}/statuses/{sha}} with its path, headers and JSON body, and
 * answers 201 as GitHub does.
 */
final class StatusRecorder implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One status call. */
    record Call(String path, String authorization, JsonNode body) {
        String state() {
            return body.path("state").asText();
        }

        String context() {
            return body.path("context").asText();
        }
    }

    private final HttpServer server;
    private final List<Call> calls = new ArrayList<>();

    StatusRecorder() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
                synchronized (calls) {
                    calls.add(new Call(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath(),
                            exchange.getRequestHeaders().getFirst("Authorization"), body));
                    calls.notifyAll();
                }
                exchange.sendResponseHeaders(201, -1);
            }
        });
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Call> calls(Predicate<Call> filter) {
        synchronized (calls) {
            return calls.stream().filter(filter).toList();
        }
    }

    /** Waits until {@code count} calls match, and returns them in arrival order. */
    List<Call> await(Predicate<Call> filter, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (calls) {
            while (true) {
                List<Call> found = calls.stream().filter(filter).toList();
                if (found.size() >= count) return found;
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) throw new AssertionError("saw " + found.size() + " of " + count + " status calls: " + calls);
                calls.wait(left);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
