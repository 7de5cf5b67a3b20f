package dev.molt.cli.submit;

import java.util.function.Consumer;

/**
 * Turns the lines of a {@code text/event-stream} into events, as the WHATWG HTML standard's
 * "event stream interpretation" describes: fields {@code event} and {@code data} (several data
 * lines join with newlines), comments start with a colon, a blank line dispatches.
 */
public final class ServerSentEvents {
    /** One dispatched event; {@code name} is "message" when the stream gave none. */
    public record Event(String name, String data) {}

    private final Consumer<Event> sink;
    private String name = "";
    private StringBuilder data;

    ServerSentEvents(Consumer<Event> sink) {
        this.sink = sink;
    }

    void line(String line) {
        if (line.isEmpty()) {
            dispatch();
            return;
        }
        if (line.startsWith(":")) return;
        int colon = line.indexOf(':');
        String field = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1);
        if (value.startsWith(" ")) value = value.substring(1);
        switch (field) {
            case "event" -> name = value;
            case "data" -> {
                if (data == null) data = new StringBuilder();
                else data.append('\n');
                data.append(value);
            }
            default -> {
                // id and retry matter for reconnecting browsers; molt submit re-reads the build instead
            }
        }
    }

    /** The stream ended: an event without its closing blank line is dropped, as the standard says. */
    void end() {
        name = "";
        data = null;
    }

    private void dispatch() {
        if (data != null) sink.accept(new Event(name.isEmpty() ? "message" : name, data.toString()));
        name = "";
        data = null;
    }
}
