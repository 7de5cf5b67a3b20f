package dev.molt.service.launcher;

import java.util.Map;

/**
 * One embedded stack per test JVM: starting Kafka, S3 and five Spring contexts takes many seconds,
 * so the test classes share it (surefire runs them in one fork) and keep apart by giving each
 * build a distinct source. Stopped by a shutdown hook when the fork ends.
 */
final class TestStack {
    private static EmbeddedStack stack;
    private static String token;

    private TestStack() {}

    static synchronized EmbeddedStack get() throws LaunchException {
        if (stack == null) {
            long t0 = System.nanoTime();
            stack = EmbeddedStack.start(StackSettings.ephemeral(Map.of()));
            System.out.printf("embedded stack ready in %d ms (Kafka + S3 %d ms, services %d ms: %s)%n",
                    (System.nanoTime() - t0) / 1_000_000, stack.infraMillis(), stack.servicesMillis(),
                    stack.serviceStartupMillis());
            EmbeddedStack started = stack;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "molt-test-stack-stop"));
        }
        return stack;
    }

    /** An API token of team "tests", which the clients of these tests send. */
    static synchronized String token() throws LaunchException {
        if (token == null) {
            token = get().issueToken("tests");
        }
        return token;
    }
}
