package dev.molt.service.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.service.v1.BuildConfig;
import dev.molt.service.v1.OptLevel;
import dev.molt.service.v1.Stage;
import dev.molt.service.v1.Target;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContentKeysTest {
    private static final String IN = ContentKeys.sha256("x".getBytes(StandardCharsets.UTF_8));
    private static final BuildConfig NATIVE_O2 = BuildConfig.newBuilder().setEntry("app.py")
            .setTarget(Target.TARGET_NATIVE).setOpt(OptLevel.OPT_O2).build();

    @Test
    void sha256OfKnownInput() {
        // printf x | sha256sum
        assertEquals("2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881", IN);
        assertEquals("uploads/" + IN, ContentKeys.uploadKey(IN));
    }

    @Test
    void keysDependOnlyOnTheFieldsTheStageReads() {
        String k = ContentKeys.stageKey(Stage.STAGE_CODEGEN, "v1", IN, NATIVE_O2);
        assertTrue(k.matches("codegen/[0-9a-f]{64}"), k);
        assertEquals(k, ContentKeys.stageKey(Stage.STAGE_CODEGEN, "v1", IN, NATIVE_O2.toBuilder().setEntry("b.py").build()));
        // unspecified means the default (native, O2)
        assertEquals(k, ContentKeys.stageKey(Stage.STAGE_CODEGEN, "v1", IN, BuildConfig.getDefaultInstance()));
        assertNotEquals(k, ContentKeys.stageKey(Stage.STAGE_CODEGEN, "v1", IN, NATIVE_O2.toBuilder().setOpt(OptLevel.OPT_O3).build()));
        assertNotEquals(k, ContentKeys.stageKey(Stage.STAGE_CODEGEN, "v2", IN, NATIVE_O2));

        String parse = ContentKeys.stageKey(Stage.STAGE_PARSE, "v1", IN, NATIVE_O2);
        assertNotEquals(parse, ContentKeys.stageKey(Stage.STAGE_PARSE, "v1", IN, NATIVE_O2.toBuilder().setEntry("b.py").build()));
        assertEquals(parse, ContentKeys.stageKey(Stage.STAGE_PARSE, "v1", IN, NATIVE_O2.toBuilder().setTarget(Target.TARGET_WASM).build()));
        String link = ContentKeys.stageKey(Stage.STAGE_LINK, "v1", IN, NATIVE_O2);
        assertNotEquals(link, ContentKeys.stageKey(Stage.STAGE_LINK, "v1", IN, NATIVE_O2.toBuilder().setTarget(Target.TARGET_WASM).build()));
        assertEquals(link, ContentKeys.stageKey(Stage.STAGE_LINK, "v1", IN, NATIVE_O2.toBuilder().setOpt(OptLevel.OPT_O0).build()));
    }

    @Test
    void propertiesHaveTheDecisionDefaultsAndParseSpringForms() {
        MoltServiceProperties d = MoltServiceProperties.defaults();
        assertEquals("127.0.0.1:9092", d.kafkaBootstrapServers());
        assertEquals("http://127.0.0.1:9000", d.s3Endpoint());
        assertEquals(10L * 1024 * 1024, d.uploadMaxBytes());
        assertEquals(Duration.ofMinutes(10), d.buildTimeout());

        Map<String, String> given = Map.of(MoltServiceProperties.UPLOAD_MAX_BYTES, "2MB",
                MoltServiceProperties.BUILD_TIMEOUT, "90s", MoltServiceProperties.S3_BUCKET, "other");
        MoltServiceProperties p = MoltServiceProperties.from(given::get);
        assertEquals(2L << 20, p.uploadMaxBytes());
        assertEquals(Duration.ofSeconds(90), p.buildTimeout());
        assertEquals("other", p.s3Bucket());
        assertEquals(p, MoltServiceProperties.from(p.asMap()::get));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MoltServiceProperties.from(Map.of(MoltServiceProperties.BUILD_TIMEOUT, "soon")::get));
        assertEquals("molt.build.timeout: expected a duration like 10m, 90s or PT10M, got 'soon'", e.getMessage());
    }
}
