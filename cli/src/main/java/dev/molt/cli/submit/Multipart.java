package dev.molt.cli.submit;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.util.UUID;

/**
 * A {@code multipart/form-data} request body (RFC 7578). java.net.http has no multipart support,
 * and the API needs only text fields and one file, so the few lines are written here.
 */
final class Multipart {
    private final String boundary = "molt-" + UUID.randomUUID();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    Multipart field(String name, String value) {
        part("Content-Disposition: form-data; name=\"" + quoted(name) + "\"\r\n");
        write(value.getBytes(UTF_8));
        write("\r\n");
        return this;
    }

    Multipart file(String name, String filename, byte[] content) {
        part("Content-Disposition: form-data; name=\"" + quoted(name) + "\"; filename=\"" + quoted(filename) + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n");
        write(content);
        write("\r\n");
        return this;
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    HttpRequest.BodyPublisher publisher() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(body.toByteArray());
        all.writeBytes(("--" + boundary + "--\r\n").getBytes(UTF_8));
        return HttpRequest.BodyPublishers.ofByteArray(all.toByteArray());
    }

    private void part(String headers) {
        write("--" + boundary + "\r\n" + headers + "\r\n");
    }

    /** Quotes and line breaks cannot appear inside a header's quoted string: percent-encode them (RFC 7578 §2). */
    private static String quoted(String s) {
        return s.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }

    private void write(String s) {
        write(s.getBytes(UTF_8));
    }

    private void write(byte[] b) {
        body.writeBytes(b);
    }
}
