package dev.molt.service.common;

import dev.molt.service.v1.BuildConfig;
import dev.molt.service.v1.OptLevel;
import dev.molt.service.v1.Stage;
import dev.molt.service.v1.Target;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Content-addressed object keys (docs/decisions/0050): {@code uploads/<sha256 of the bytes>} and
 * {@code <stage>/<k>} with {@code k = sha256(stage, compiler version, input sha256, the config
 * fields the stage reads)}. Equal inputs give equal keys, which makes a redelivered job and a
 * repeated build find the same output.
 */
public final class ContentKeys {
    private ContentKeys() {}

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    public static String uploadKey(String sha256) {
        return "uploads/" + sha256;
    }

    /** "parse", "lower", "codegen", "link": the stage's key prefix and its name in logs. */
    public static String stageName(Stage stage) {
        switch (stage) {
            case STAGE_PARSE:
                return "parse";
            case STAGE_LOWER:
                return "lower";
            case STAGE_CODEGEN:
                return "codegen";
            case STAGE_LINK:
                return "link";
            default:
                throw new IllegalArgumentException("not a compile stage: " + stage);
        }
    }

    /** The output key of {@code stage} for an input with hash {@code inputSha256}. */
    public static String stageKey(Stage stage, String compilerVersion, String inputSha256, BuildConfig config) {
        List<String> fields = new ArrayList<>(List.of(stageName(stage), compilerVersion, inputSha256));
        switch (stage) {
            case STAGE_PARSE:
                // the upload's name decides .py or .zip and names a single file's module
                fields.add(config.getEntry());
                fields.add(config.getUploadName());
                break;
            case STAGE_CODEGEN:
                fields.add(target(config).name());
                fields.add(opt(config).name());
                break;
            case STAGE_LINK:
                fields.add(target(config).name());
                break;
            default:
                break;
        }
        MessageDigest md = digest();
        for (String field : fields) {
            // length-prefixed, so no two field lists hash the same bytes
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            md.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
            md.update(bytes);
        }
        return stageName(stage) + "/" + HexFormat.of().formatHex(md.digest());
    }

    /** The target a config means: unspecified is native (common.proto). */
    public static Target target(BuildConfig config) {
        return config.getTarget() == Target.TARGET_UNSPECIFIED || config.getTarget() == Target.UNRECOGNIZED
                ? Target.TARGET_NATIVE : config.getTarget();
    }

    /** The optimization level a config means: unspecified is O2 (common.proto). */
    public static OptLevel opt(BuildConfig config) {
        return config.getOpt() == OptLevel.OPT_UNSPECIFIED || config.getOpt() == OptLevel.UNRECOGNIZED
                ? OptLevel.OPT_O2 : config.getOpt();
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
