package dev.molt.service.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Free loopback ports for servers that need their port before they bind (Kafka's quorum voters). */
public final class Ports {
    private Ports() {}

    /** A port that was free a moment ago; another process could take it before we bind. */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }

    /** {@code port}, or a free port when it is 0. */
    static int orFree(int port) {
        return port == 0 ? free() : port;
    }
}
