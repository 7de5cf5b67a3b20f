package dev.molt.cli.submit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The event-stream rules of the HTML standard that the build API's stream relies on. */
class ServerSentEventsTest {
    private final List<ServerSentEvents.Event> events = new ArrayList<>();
    private final ServerSentEvents parser = new ServerSentEvents(events::add);

    private void feed(String... lines) {
        for (String l : lines) parser.line(l);
    }

    @Test
    void namedEventsWithMultiLineDataDispatchOnBlankLines() {
        feed(": keep-alive", "", "event: stage", "data: {\"a\":", "data:1}", "id: 7", "", "data: plain", "");
        assertEquals(List.of(new ServerSentEvents.Event("stage", "{\"a\":\n1}"),
                new ServerSentEvents.Event("message", "plain")), events);
    }

    @Test
    void anUnfinishedEventAtTheEndIsDropped() {
        feed("event: stage", "data: x");
        parser.end();
        feed("data: y", "");
        assertEquals(List.of(new ServerSentEvents.Event("message", "y")), events);
    }

    @Test
    void onlyOneLeadingSpaceIsStripped() {
        feed("data:  two", "");
        assertEquals(" two", events.get(0).data());
    }
}
