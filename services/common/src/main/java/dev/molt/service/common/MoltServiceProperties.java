package dev.molt.service.common;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pipeline's configuration keys (docs/decisions/0050), the same in {@code ./molt up} and
 * docker-compose. Framework-free: a Spring app builds it from its Environment, a test from a map.
 */
public record MoltServiceProperties(
        String kafkaBootstrapServers,
        String s3Endpoint,
        String s3AccessKey,
        String s3SecretKey,
        String s3Bucket,
        String s3Region,
        long uploadMaxBytes,
        int uploadMaxFiles,
        Duration buildTimeout) {

    public static final String KAFKA_BOOTSTRAP_SERVERS = "molt.kafka.bootstrap-servers";
    public static final String S3_ENDPOINT = "molt.s3.endpoint";
    public static final String S3_ACCESS_KEY = "molt.s3.access-key";
    public static final String S3_SECRET_KEY = "molt.s3.secret-key";
    public static final String S3_BUCKET = "molt.s3.bucket";
    public static final String S3_REGION = "molt.s3.region";
    public static final String UPLOAD_MAX_BYTES = "molt.upload.max-bytes";
    public static final String UPLOAD_MAX_FILES = "molt.upload.max-files";
    public static final String BUILD_TIMEOUT = "molt.build.timeout";

    /** Every key with its default, in the order of the decision record's table. */
    public static final Map<String, String> DEFAULTS = Map.of(
            KAFKA_BOOTSTRAP_SERVERS, "127.0.0.1:9092",
            S3_ENDPOINT, "http://127.0.0.1:9000",
            S3_ACCESS_KEY, "molt",
            S3_SECRET_KEY, "moltmolt",
            S3_BUCKET, "molt",
            S3_REGION, "us-east-1",
            UPLOAD_MAX_BYTES, String.valueOf(10L * 1024 * 1024),
            UPLOAD_MAX_FILES, "1000",
            BUILD_TIMEOUT, "10m");

    /** The defaults of decision 0050 (a local stack on the standard ports). */
    public static MoltServiceProperties defaults() {
        return from(key -> null);
    }

    /**
     * Reads every key through {@code lookup} (for example Spring's {@code Environment::getProperty},
     * which also maps the capitalised environment form); a null answer means the default.
     *
     * @throws IllegalArgumentException naming the key whose value does not parse
     */
    public static MoltServiceProperties from(Function<String, String> lookup) {
        Function<String, String> get = key -> {
            String value = lookup.apply(key);
            return value == null || value.isBlank() ? DEFAULTS.get(key) : value.strip();
        };
        return new MoltServiceProperties(
                get.apply(KAFKA_BOOTSTRAP_SERVERS),
                get.apply(S3_ENDPOINT),
                get.apply(S3_ACCESS_KEY),
                get.apply(S3_SECRET_KEY),
                get.apply(S3_BUCKET),
                get.apply(S3_REGION),
                parseSize(UPLOAD_MAX_BYTES, get.apply(UPLOAD_MAX_BYTES)),
                (int) parseLong(UPLOAD_MAX_FILES, get.apply(UPLOAD_MAX_FILES)),
                parseDuration(BUILD_TIMEOUT, get.apply(BUILD_TIMEOUT)));
    }

    /** The same values as key/value strings, to hand to another process or Spring context. */
    public Map<String, String> asMap() {
        return Map.of(
                KAFKA_BOOTSTRAP_SERVERS, kafkaBootstrapServers,
                S3_ENDPOINT, s3Endpoint,
                S3_ACCESS_KEY, s3AccessKey,
                S3_SECRET_KEY, s3SecretKey,
                S3_BUCKET, s3Bucket,
                S3_REGION, s3Region,
                UPLOAD_MAX_BYTES, String.valueOf(uploadMaxBytes),
                UPLOAD_MAX_FILES, String.valueOf(uploadMaxFiles),
                BUILD_TIMEOUT, buildTimeout.toSeconds() + "s");
    }

    public MoltServiceProperties withKafka(String bootstrapServers) {
        return new MoltServiceProperties(bootstrapServers, s3Endpoint, s3AccessKey, s3SecretKey, s3Bucket, s3Region,
                uploadMaxBytes, uploadMaxFiles, buildTimeout);
    }

    public MoltServiceProperties withS3(String endpoint, String accessKey, String secretKey) {
        return new MoltServiceProperties(kafkaBootstrapServers, endpoint, accessKey, secretKey, s3Bucket, s3Region,
                uploadMaxBytes, uploadMaxFiles, buildTimeout);
    }

    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(B|KB|KIB|MB|MIB|GB|GIB)?");

    /** Bytes, with an optional KB/MB/GB suffix as Spring writes sizes (powers of 1024, as Spring's DataSize). */
    static long parseSize(String key, String text) {
        Matcher m = SIZE.matcher(text.toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException(key + ": expected a size like 10485760 or 10MB, got '" + text + "'");
        }
        String unit = m.group(2) == null ? "B" : m.group(2);
        int shift = unit.startsWith("G") ? 30 : unit.startsWith("M") ? 20 : unit.startsWith("K") ? 10 : 0;
        return parseLong(key, m.group(1)) << shift;
    }

    static long parseLong(String key, String text) {
        try {
            long value = Long.parseLong(text);
            if (value <= 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": expected a positive number, got '" + text + "'");
        }
    }

    /** {@code 10m}, {@code 90s}, {@code 500ms}, {@code 1h}, or an ISO-8601 duration ({@code PT10M}). */
    static Duration parseDuration(String key, String text) {
        String t = text.toLowerCase(Locale.ROOT);
        try {
            if (t.startsWith("pt") || t.startsWith("p")) {
                return Duration.parse(text.toUpperCase(Locale.ROOT));
            }
            if (t.endsWith("ms")) {
                return Duration.ofMillis(parseLong(key, t.substring(0, t.length() - 2)));
            }
            long n = t.length() > 1 ? parseLong(key, t.substring(0, t.length() - 1)) : -1;
            switch (t.charAt(t.length() - 1)) {
                case 's':
                    return Duration.ofSeconds(n);
                case 'm':
                    return Duration.ofMinutes(n);
                case 'h':
                    return Duration.ofHours(n);
                case 'd':
                    return Duration.ofDays(n);
                default:
                    return Duration.ofMillis(parseLong(key, t));
            }
        } catch (DateTimeParseException | IllegalArgumentException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException(key + ": expected a duration like 10m, 90s or PT10M, got '" + text + "'");
        }
    }
}
