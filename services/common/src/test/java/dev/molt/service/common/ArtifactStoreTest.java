package dev.molt.service.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.service.infra.SharedInfra;
import dev.molt.service.v1.ArtifactRef;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ArtifactStoreTest {
    @Test
    void putStatGetAndMissingObjects() throws Exception {
        try (ArtifactStore store = new ArtifactStore(StageHarness.properties("store-test"))) {
            store.ensureBucket();
            store.ensureBucket(); // a second service finding the bucket is fine
            byte[] body = "print(1)\n".getBytes(StandardCharsets.UTF_8);
            String sha = ContentKeys.sha256(body);
            assertFalse(store.exists(ContentKeys.uploadKey(sha)));

            ArtifactRef put = store.put(ContentKeys.uploadKey(sha), body);
            assertEquals("store-test", put.getBucket());
            assertEquals("uploads/" + sha, put.getKey());
            assertEquals(body.length, put.getSize());

            assertEquals(put, store.stat(put.getKey()).orElseThrow());
            assertArrayEquals(body, store.get(put));
            assertThrows(MissingArtifactException.class, () -> store.get("uploads/none"));

            // a reference whose hash does not match the stored bytes is refused
            ArtifactRef wrong = put.toBuilder().setSha256(ContentKeys.sha256(new byte[0])).build();
            InfrastructureException e = assertThrows(InfrastructureException.class, () -> store.get(wrong));
            assertTrue(e.getMessage().contains("does not match"), e.getMessage());
        }
    }

    @Test
    void storageThatIsDownIsAnInfrastructureError() throws Exception {
        MoltServiceProperties down = StageHarness.properties("down-test").withS3("http://127.0.0.1:1", SharedInfra.ACCESS_KEY,
                SharedInfra.SECRET_KEY);
        try (ArtifactStore store = new ArtifactStore(down)) {
            InfrastructureException e = assertThrows(InfrastructureException.class, () -> store.stat("uploads/a"));
            assertFalse(e instanceof MissingArtifactException);
            assertTrue(e.getMessage().startsWith("object storage at http://127.0.0.1:1 failed to stat uploads/a"),
                    e.getMessage());
        }
    }
}
