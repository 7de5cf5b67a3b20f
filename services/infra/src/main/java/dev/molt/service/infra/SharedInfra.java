package dev.molt.service.infra;

/**
 * One embedded Kafka broker and one in-memory S3 server per JVM, started on first use and stopped
 * when the JVM exits. For tests: the broker takes seconds to start, so test classes in one
 * surefire fork share it and keep apart by build ids and bucket names.
 */
public final class SharedInfra {
    public static final String ACCESS_KEY = "molt";
    public static final String SECRET_KEY = "moltmolt";

    private static EmbeddedKafka kafka;
    private static EmbeddedS3 s3;

    private SharedInfra() {}

    public static synchronized EmbeddedKafka kafka() throws InfraException {
        if (kafka == null) {
            kafka = EmbeddedKafka.start();
            EmbeddedKafka started = kafka;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "molt-kafka-stop"));
        }
        return kafka;
    }

    public static synchronized EmbeddedS3 s3() throws InfraException {
        if (s3 == null) {
            s3 = EmbeddedS3.start(ACCESS_KEY, SECRET_KEY);
            EmbeddedS3 started = s3;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (InfraException e) {
                    System.err.println(e.getMessage());
                }
            }, "molt-s3-stop"));
        }
        return s3;
    }
}
