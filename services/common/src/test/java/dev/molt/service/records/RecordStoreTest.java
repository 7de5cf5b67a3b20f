package dev.molt.service.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.service.common.Topics;
import dev.molt.service.infra.SharedInfra;
import dev.molt.service.v1.AccessRecord;
import dev.molt.service.v1.ApiToken;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The records map against the real embedded broker: read-your-write, replay on restart, delete. */
class RecordStoreTest {
    static AccessRecord token(String team) {
        return AccessRecord.newBuilder().setToken(ApiToken.newBuilder().setTeam(team).setSha256("ab")).build();
    }

    @Test
    void aWriteIsSeenAtOnceAndByTheNextInstanceAndDeletesToo() throws Exception {
        String servers = SharedInfra.kafka().bootstrapServers();
        Topics.ensure(servers);
        String prefix = "test/" + UUID.randomUUID() + "/";
        try (RecordStore first = new RecordStore(servers)) {
            first.start();
            assertTrue(first.awaitCaughtUp(Duration.ofSeconds(60)));
            first.put(prefix + "a", token("red"));
            first.put(prefix + "b", token("blue"));
            first.put(prefix + "a", token("green"));  // the newest value of a key wins
            first.put(prefix + "c", token("gone"));
            first.delete(prefix + "c");
            assertEquals("green", first.get(prefix + "a").orElseThrow().getToken().getTeam());
            assertTrue(first.get(prefix + "c").isEmpty());
        }
        try (RecordStore second = new RecordStore(servers)) {
            second.start();
            assertTrue(second.awaitCaughtUp(Duration.ofSeconds(60)));
            Map<String, AccessRecord> all = second.withPrefix(prefix);
            assertEquals(2, all.size(), all.toString());
            assertEquals("green", all.get(prefix + "a").getToken().getTeam());
            assertEquals("blue", all.get(prefix + "b").getToken().getTeam());
        }
    }
}
