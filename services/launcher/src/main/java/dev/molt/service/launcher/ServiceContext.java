package dev.molt.service.launcher;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One service's Spring application context inside the launcher's JVM. Every service jar carries
 * its own {@code application.yml}; on one classpath {@code classpath:application.yml} would find
 * only the first, so each context is pointed at the file inside its own jar (or classes folder).
 * The launcher's settings are passed as command-line arguments, which override that file.
 */
final class ServiceContext implements AutoCloseable {
    private static final List<String> CONFIG_FILES = List.of("application.yml", "application.yaml", "application.properties");

    private final PipelineService service;
    private final ConfigurableApplicationContext context;
    private final long startMillis;

    private ServiceContext(PipelineService service, ConfigurableApplicationContext context, long startMillis) {
        this.service = service;
        this.context = context;
        this.startMillis = startMillis;
    }

    /** Starts the service and returns once its context is refreshed (gRPC, Kafka consumers and HTTP are up). */
    static ServiceContext start(PipelineService service, Map<String, String> properties) throws LaunchException {
        long t0 = System.nanoTime();
        Class<?> app;
        try {
            app = Class.forName(service.mainClass());
        } catch (ClassNotFoundException e) {
            throw new LaunchException(service.id() + " is not on the class path (" + service.mainClass() + ")", e);
        }
        Map<String, String> settings = new TreeMap<>(properties);
        ownConfigFile(app).ifPresent(url -> settings.put("spring.config.location", url));
        List<String> args = new ArrayList<>();
        settings.forEach((k, v) -> args.add("--" + k + "=" + v));
        try {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(app)
                    .web(service.web() ? WebApplicationType.SERVLET : WebApplicationType.NONE)
                    .bannerMode(Banner.Mode.OFF)
                    .logStartupInfo(false)
                    // the launcher stops the services in order: services, then Kafka, then S3
                    .registerShutdownHook(false)
                    .run(args.toArray(String[]::new));
            return new ServiceContext(service, context, (System.nanoTime() - t0) / 1_000_000);
        } catch (RuntimeException e) {
            throw new LaunchException(service.id() + " did not start: " + rootMessage(e), e);
        }
    }

    /** The URL of the first configuration file that lives beside {@code app}'s class, if any. */
    static java.util.Optional<String> ownConfigFile(Class<?> app) throws LaunchException {
        String home = app.getProtectionDomain().getCodeSource().getLocation().toString();
        String prefix = home.endsWith(".jar") ? "jar:" + home + "!/" : home;
        ClassLoader loader = app.getClassLoader();
        for (String name : CONFIG_FILES) {
            try {
                for (URL url : Collections.list(loader.getResources(name))) {
                    if (url.toString().equals(prefix + name)) return java.util.Optional.of(url.toString());
                }
            } catch (IOException e) {
                throw new LaunchException("cannot list " + name + " on the class path: " + e.getMessage(), e);
            }
        }
        return java.util.Optional.empty();
    }

    PipelineService service() {
        return service;
    }

    ConfigurableApplicationContext context() {
        return context;
    }

    long startupMillis() {
        return startMillis;
    }

    boolean running() {
        return context.isActive();
    }

    @Override
    public void close() {
        context.close();
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }
}
